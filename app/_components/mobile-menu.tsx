"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { Menu, X } from "lucide-react";
import { useState, type ReactNode } from "react";
import { useStyleNonce } from "@/components/use-style-nonce";
import type { Role } from "@/lib/auth/roles";
import { NavList } from "./nav-list";

/**
 * The phone's navigation: a button in the top bar opens the same places as the desktop sidebar in a
 * drawer. Radix's dialog traps focus inside, closes on Escape and returns focus to the button.
 */
export function MobileMenu({ role, account }: { role: Role; account: ReactNode }) {
  const [open, setOpen] = useState(false);
  useStyleNonce();
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className="-ml-2 inline-flex min-h-10 items-center gap-2 rounded-md px-2 text-sm font-medium text-slate-800 hover:bg-slate-100">
        <Menu aria-hidden="true" className="size-5" />
        Menu
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          aria-describedby={undefined}
          className="shadow-overlay fixed inset-y-0 left-0 z-50 flex w-[min(20rem,85vw)] flex-col overflow-y-auto bg-white p-3"
        >
          <div className="mb-4 flex items-center justify-between pl-3">
            <Dialog.Title className="text-brand-800 text-lg font-semibold">Fieldnotes</Dialog.Title>
            <Dialog.Close className="inline-flex size-10 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100">
              <X aria-hidden="true" className="size-5" />
              <span className="sr-only">Close menu</span>
            </Dialog.Close>
          </div>
          <NavList role={role} onNavigate={() => setOpen(false)} />
          <div className="mt-auto border-t border-slate-200 pt-3">{account}</div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
