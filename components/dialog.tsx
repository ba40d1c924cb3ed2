"use client";

import * as RadixDialog from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import type { ReactNode } from "react";
import { buttonClass, type ButtonVariant } from "./button";
import { useStyleNonce } from "./use-style-nonce";

/**
 * A modal dialog opened by a button: Radix traps focus inside, closes on Escape or the close button, and
 * hands focus back to the button. Long content scrolls inside the dialog, never the page behind it.
 */
export function Dialog({
  triggerLabel,
  triggerVariant = "secondary",
  triggerIcon,
  title,
  description,
  children,
}: {
  triggerLabel: string;
  triggerVariant?: ButtonVariant;
  triggerIcon?: ReactNode;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  useStyleNonce();
  return (
    <RadixDialog.Root>
      <RadixDialog.Trigger className={buttonClass(triggerVariant)}>
        {triggerIcon}
        {triggerLabel}
      </RadixDialog.Trigger>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <RadixDialog.Content
          // Radix links a Description itself; without one, say so rather than point at nothing.
          {...(description ? {} : { "aria-describedby": undefined })}
          className="shadow-overlay fixed inset-x-2 top-4 bottom-4 z-50 mx-auto flex max-w-2xl flex-col rounded-lg border border-slate-200 bg-white sm:inset-x-6 sm:top-10 sm:bottom-10"
        >
          <div className="flex items-start justify-between gap-4 border-b border-slate-200 px-4 py-3 sm:px-6">
            <div className="min-w-0">
              <RadixDialog.Title className="text-lg font-semibold text-slate-900">{title}</RadixDialog.Title>
              {description && (
                <RadixDialog.Description className="mt-1 text-sm text-slate-600">
                  {description}
                </RadixDialog.Description>
              )}
            </div>
            <RadixDialog.Close className="-mr-2 inline-flex size-10 shrink-0 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100">
              <X aria-hidden="true" className="size-5" />
              <span className="sr-only">Close</span>
            </RadixDialog.Close>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto px-4 py-4 sm:px-6">{children}</div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
