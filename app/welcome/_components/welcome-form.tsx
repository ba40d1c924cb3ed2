"use client";

import { ActionForm, type FormValues } from "@/components/action-form";
import { TextField } from "@/components/text-field";
import type { ZoneChoices } from "@/lib/domain/time-zone-names";
import { saveWelcomeAction } from "@/app/settings/profile/actions";
import { ZoneField } from "@/components/zone-field";

export function WelcomeForm({ initial, choices }: { initial: FormValues; choices: ZoneChoices }) {
  return (
    <ActionForm id="welcome" action={saveWelcomeAction} initial={initial} hidden={{}} submitLabel="Continue">
      {(shown, errors) => (
        <>
          <TextField
            name="name"
            label="Your name"
            hint="As you sign your messages: “I'm …”."
            autoComplete="name"
            defaultValue={shown.name}
            errors={errors.name}
          />
          <TextField
            name="pronouns"
            label="Pronouns (optional)"
            defaultValue={shown.pronouns}
            errors={errors.pronouns}
          />
          <ZoneField choices={choices} value={shown.timeZone ?? ""} errors={errors.timeZone} detect />
        </>
      )}
    </ActionForm>
  );
}
