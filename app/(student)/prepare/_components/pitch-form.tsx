"use client";

import { ActionForm, type FormValues } from "@/components/action-form";
import type { ActionState } from "@/lib/validation/action-state";
import { PitchField } from "./pitch-field";

export function PitchForm(props: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial: FormValues;
  version: number;
}) {
  return (
    <ActionForm
      id="pitch-form"
      action={props.action}
      initial={props.initial}
      hidden={{ version: String(props.version) }}
      submitLabel="Save pitch"
      savedMessage="Pitch saved."
    >
      {(shown, errors) => (
        <PitchField defaultValue={shown.elevatorPitch ?? ""} errors={errors.elevatorPitch} />
      )}
    </ActionForm>
  );
}
