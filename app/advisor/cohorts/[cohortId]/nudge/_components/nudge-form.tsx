"use client";

import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/button";
import { FormAlert } from "@/components/form-alert";
import { TextArea } from "@/components/text-area";
import { NUDGE_MESSAGE_MAX_LENGTH } from "@/lib/domain/nudge-rules";
import type { ActionState } from "@/lib/validation/action-state";
import { sendNudgesAction } from "../actions";

const INITIAL: ActionState = { status: "idle", fieldErrors: {}, values: {} };

/**
 * The message and Send. The recipients and the form's one-time key ride in hidden fields; the button is
 * disabled while sending and the key stays the same after a send, so no click ever mails twice.
 */
export function NudgeForm({
  cohortId,
  recipients,
  template,
  creationKey,
  backHref,
}: {
  cohortId: string;
  recipients: string;
  template: string;
  creationKey: string;
  backHref: string;
}) {
  const [state, formAction, pending] = useActionState(sendNudgesAction, INITIAL);
  const shown = state.status === "idle" ? { message: template } : state.values;
  const done = state.status === "success";
  return (
    <form action={formAction} noValidate className="space-y-5" key={`${state.status}:${shown.message ?? ""}`}>
      <FormAlert id="nudge-form-error" message={state.formError} />
      {done && (
        <p
          role="status"
          className="flex items-start gap-2 rounded-md border border-green-200 bg-green-50 p-3 text-sm font-medium text-green-800"
        >
          <CircleCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>
            {state.values.result}{" "}
            <Link href={backHref} className="link-in-text">
              Back to the dashboard
            </Link>
          </span>
        </p>
      )}
      <input type="hidden" name="cohortId" value={cohortId} />
      <input type="hidden" name="recipients" value={recipients} />
      <input type="hidden" name="creationKey" value={creationKey} />
      <TextArea
        name="message"
        label="Message"
        hint="{name} becomes each student's first name and {reason} why you are writing. Sent by email and shown on their home page."
        rows={8}
        maxLength={NUDGE_MESSAGE_MAX_LENGTH}
        defaultValue={shown.message ?? ""}
        errors={state.fieldErrors.message}
        readOnly={done}
      />
      {!done && (
        <Button type="submit" disabled={pending}>
          {pending ? "Sending…" : "Send nudge"}
        </Button>
      )}
    </form>
  );
}
