"use client";

import { useActionState } from "react";
import { Button, type ButtonVariant } from "@/components/button";
import type { ActionState } from "@/lib/validation/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const INITIAL: ActionState = { status: "idle", fieldErrors: {}, values: {} };

/**
 * One button that logs one thing, with everything else (who, which record, today's date) in hidden fields.
 * A save takes the row off the list, so success is announced by the page; a refusal is shown here.
 */
export function OneClickForm({
  action,
  hidden,
  label,
  variant = "primary",
}: {
  action: Action;
  hidden: Record<string, string>;
  /** The button's words, and whom they are about: its accessible name is "Follow-up sent: Cy Park". */
  label: { visible: string; about: string };
  variant?: ButtonVariant;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const problem =
    state.status === "error"
      ? (state.formError ?? (Object.values(state.fieldErrors).flat().join(" ") || "That did not save."))
      : null;
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button
        type="submit"
        size="sm"
        variant={variant}
        disabled={pending}
        aria-label={`${label.visible}: ${label.about}`}
      >
        {pending ? "Saving…" : label.visible}
      </Button>
      {problem && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {problem}
        </p>
      )}
    </form>
  );
}
