"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import type { ActionState } from "@/lib/validation/action-state";
import { Button } from "./button";
import { FormAlert } from "./form-alert";
import { SavedBanner } from "./saved-banner";

export type FormValues = Partial<Record<string, string>>;
export type FieldErrors = Partial<Record<string, string[]>>;
type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const INITIAL: ActionState = { status: "idle", fieldErrors: {}, values: {} };

/**
 * A form posting to a server action. Fields render from `shown`: the saved values at first, then exactly
 * what the user submitted, so a failed save loses nothing. `hidden` carries the creation key (new records)
 * or id and version (edits); after a save the version moves on with it.
 */
export function ActionForm({
  id,
  action,
  initial,
  hidden,
  submitLabel,
  savedMessage = "Saved.",
  children,
}: {
  id: string;
  action: Action;
  initial: FormValues;
  hidden: Record<string, string>;
  submitLabel: string;
  savedMessage?: string;
  children: (shown: FormValues, errors: FieldErrors) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const shown = state.status === "idle" ? initial : state.values;
  const hiddenNow =
    state.status === "success" && state.values.version
      ? { ...hidden, version: state.values.version }
      : hidden;
  // React resets a form after its action and a <select> would go back to its mount-time default: remount
  // with the echoed values instead, so every field stays as the user left it.
  const formKey = `${state.status}:${JSON.stringify(state.values)}:${state.formError ?? ""}`;
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== "error") return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus();
  }, [state]);

  return (
    <form action={formAction} noValidate className="space-y-5" key={formKey} ref={formRef}>
      <FormAlert id={`${id}-error`} message={state.formError} />
      {state.status === "success" && <SavedBanner>{savedMessage}</SavedBanner>}
      {Object.entries(hiddenNow).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children(shown, state.fieldErrors as FieldErrors)}
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
