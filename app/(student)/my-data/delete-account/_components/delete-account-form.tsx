"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { FormAlert } from "@/components/form-alert";
import { TextField } from "@/components/text-field";
import { initialActionState } from "@/lib/validation/action-state";
import { deleteAccountAction } from "../actions";

export function DeleteAccountForm({ email }: { email: string }) {
  const [state, formAction, pending] = useActionState(deleteAccountAction, initialActionState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert id="delete-account-error" message={state.formError} />
      <TextField
        name="confirmation"
        label="Type your email address to confirm"
        hint={`Type ${email}`}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        inputMode="email"
        defaultValue={state.values.confirmation ?? ""}
        errors={state.fieldErrors.confirmation}
      />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Deleting…" : "Delete my account and everything in it"}
      </Button>
    </form>
  );
}
