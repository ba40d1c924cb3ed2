"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { TextField } from "@/components/text-field";
import { initialActionState } from "@/lib/validation/action-state";
import { requestSignInLinkAction } from "../actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, formAction, pending] = useActionState(requestSignInLinkAction, initialActionState);
  return (
    <form
      action={formAction}
      noValidate
      className="space-y-4"
      aria-describedby={state.formError ? "sign-in-error" : undefined}
    >
      {state.formError && (
        <p
          id="sign-in-error"
          role="alert"
          className="rounded-md bg-red-50 p-3 text-sm font-medium text-red-800"
        >
          {state.formError}
        </p>
      )}
      <input type="hidden" name="callbackUrl" value={state.values.callbackUrl ?? callbackUrl ?? ""} />
      <TextField
        name="email"
        type="email"
        label="Email address"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={state.values.email ?? ""}
        errors={state.fieldErrors.email}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Sending link…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
