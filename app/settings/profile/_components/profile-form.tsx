"use client";

import { ActionForm, type FormValues } from "@/components/action-form";
import { SelectField } from "@/components/select-field";
import { TextField } from "@/components/text-field";
import type { ZoneChoices } from "@/lib/domain/time-zone-names";
import { ACADEMIC_YEAR_LABEL, ACADEMIC_YEARS } from "@/lib/validation/profile";
import { saveProfileAction } from "../actions";
import { ZoneField } from "@/components/zone-field";

const YEAR_OPTIONS = [
  { value: "", label: "Not given" },
  ...ACADEMIC_YEARS.map((year) => ({ value: year, label: ACADEMIC_YEAR_LABEL[year] })),
];

export function ProfileForm({ initial, choices }: { initial: FormValues; choices: ZoneChoices }) {
  return (
    <ActionForm
      id="profile"
      action={saveProfileAction}
      initial={initial}
      hidden={{}}
      submitLabel="Save profile"
      savedMessage="Profile saved."
    >
      {(shown, errors) => (
        <>
          <TextField
            name="name"
            label="Your name"
            hint="As you sign your messages. Your advisor sees it too."
            autoComplete="name"
            defaultValue={shown.name}
            errors={errors.name}
          />
          <TextField
            name="pronouns"
            label="Pronouns (optional)"
            hint="For example she/her, he/him, they/them."
            defaultValue={shown.pronouns}
            errors={errors.pronouns}
          />
          <SelectField
            name="academicYear"
            label="Year (optional)"
            options={YEAR_OPTIONS}
            defaultValue={shown.academicYear}
            errors={errors.academicYear}
          />
          <TextField name="major" label="Major (optional)" defaultValue={shown.major} errors={errors.major} />
          <TextField
            name="expectedGraduation"
            type="month"
            label="Expected graduation (optional)"
            hint="Month and year, for example 2027-05."
            placeholder="2027-05"
            defaultValue={shown.expectedGraduation}
            errors={errors.expectedGraduation}
          />
          <ZoneField choices={choices} value={shown.timeZone ?? ""} errors={errors.timeZone} detect />
        </>
      )}
    </ActionForm>
  );
}
