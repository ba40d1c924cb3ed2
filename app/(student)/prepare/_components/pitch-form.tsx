"use client";

import { ActionForm, type FormValues } from "@/components/action-form";
import type { ActionState } from "@/lib/validation/action-state";
import { PitchField } from "./pitch-field";
import type { TimeZoneOptions } from "./time-zone-options";
import { TimeZoneSelect } from "./time-zone-select";

export function PitchForm(props: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial: FormValues;
  version: number;
  timeZones: TimeZoneOptions;
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
        <>
          <PitchField defaultValue={shown.elevatorPitch ?? ""} errors={errors.elevatorPitch} />
          <TimeZoneSelect
            options={props.timeZones}
            defaultValue={shown.timeZone ?? "UTC"}
            errors={errors.timeZone}
          />
        </>
      )}
    </ActionForm>
  );
}
