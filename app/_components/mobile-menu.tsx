"use client";

import {
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from "react";
import type { Role } from "@/lib/auth/roles";
import type { NavIcons } from "./nav-items";
import { NavList } from "./nav-list";

/**
 * The phone's navigation: a button in the top bar opens the same places as the desktop sidebar in a
 * drawer. A native modal <dialog> (not a script library: this ships on every signed-in page) makes the page
 * behind it inert, so focus stays inside; Escape closes it; focus goes back to the button. A click on the
 * dimmed page closes it too, as does following a link. Its contents exist only while it is open, as the
 * sidebar's copy of the same places and account is the only one in the page otherwise.
 */
export function MobileMenu({
  role,
  icons,
  account,
}: {
  role: Role;
  /** The places' icons and the menu's own ("menu", "close"), made on the server (nav-icons.tsx). */
  icons: NavIcons & { menu: ReactNode; close: ReactNode };
  account: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const close = () => dialog.current?.close();
  // Opened once its contents are rendered, so that the browser focuses the first control inside.
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);
  // The drawer lives in the phone's top bar, which is display:none from `lg` up: a menu left open while the
  // window widens would keep the page inert behind an invisible dialog.
  useEffect(() => {
    const wide = window.matchMedia("(min-width: 64rem)");
    const closeWhenWide = () => {
      if (wide.matches) dialog.current?.close();
    };
    wide.addEventListener("change", closeWhenWide);
    return () => wide.removeEventListener("change", closeWhenWide);
  }, []);
  // The page behind is inert, but from the last control a browser would Tab out to its own toolbar: wrap
  // around instead, as the menu did before (a focus trap, both ways).
  const keepFocusInside = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== "Tab") return;
    const controls = event.currentTarget.querySelectorAll<HTMLElement>("a[href], button:not(:disabled)");
    const first = controls[0];
    const last = controls[controls.length - 1];
    const leaving = event.shiftKey ? first : last;
    if (!first || !last || document.activeElement !== leaving) return;
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  };
  // The drawer fills the dialog box, so a click whose target is the dialog itself landed on its backdrop.
  const closeOnBackdrop = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) close();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
        className="-ml-2 inline-flex min-h-10 items-center gap-2 rounded-md px-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
      >
        {icons.menu}
        Menu
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClick={closeOnBackdrop}
        onKeyDown={keepFocusInside}
        // Browsers return focus to the opener on close; this covers one that does not.
        onClose={() => {
          setOpen(false);
          button.current?.focus();
        }}
        className="shadow-overlay fixed inset-y-0 right-auto left-0 m-0 h-full max-h-none w-[min(20rem,85vw)] max-w-none bg-white p-0 text-slate-900 backdrop:bg-slate-900/40 open:flex"
      >
        {open && (
          <div className="flex w-full flex-col overflow-y-auto p-3">
            <div className="mb-4 flex items-center justify-between pl-3">
              <h2 id={titleId} className="text-brand-800 text-lg font-semibold">
                Fieldnotes
              </h2>
              <button
                type="button"
                onClick={close}
                className="inline-flex size-10 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100"
              >
                {icons.close}
                <span className="sr-only">Close menu</span>
              </button>
            </div>
            <NavList role={role} icons={icons} onNavigate={close} />
            <div className="mt-auto border-t border-slate-200 pt-3">{account}</div>
          </div>
        )}
      </dialog>
    </>
  );
}
