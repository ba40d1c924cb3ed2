"use client";

import { ActionForm, type FormValues } from "@/components/action-form";
import { SelectField } from "@/components/select-field";
import { TextField } from "@/components/text-field";
import { ZoneField } from "@/components/zone-field";
import type { ZoneChoices } from "@/lib/domain/time-zone-names";
import { ACADEMIC_YEAR_LABEL, ACADEMIC_YEARS } from "@/lib/validation/form-options";
import { saveProfileAction, saveWelcomeAction } from "../actions";

const YEAR_OPTIONS = [
  { value: "", label: "Not given" },
  ...ACADEMIC_YEARS.map((year) => ({ value: year, label: ACADEMIC_YEAR_LABEL[year] })),
];

/**
 * The student's profile, whole on the profile page; at first sign-in (`welcome`) only what is asked before
 * home: the name and the time zone (the browser's, preselected), pronouns optional.
 */
export function ProfileForm({
  initial,
  choices,
  welcome = false,
}: {
  initial: FormValues;
  choices: ZoneChoices;
  welcome?: boolean;
}) {
  return (
    <ActionForm
      id={welcome ? "welcome" : "profile"}
      action={welcome ? saveWelcomeAction : saveProfileAction}
      initial={initial}
      hidden={{}}
      submitLabel={welcome ? "Continue" : "Save profile"}
      savedMessage="Profile saved."
    >
      {(shown, errors) => (
        <>
          <TextField
            name="name"
            label="Your name"
            hint={
              welcome
                ? "As you sign your messages: “I'm …”."
                : "As you sign your messages. Your advisor sees it too."
            }
            autoComplete="name"
            defaultValue={shown.name}
            errors={errors.name}
          />
          <TextField
            name="pronouns"
            label="Pronouns (optional)"
            hint={welcome ? undefined : "For example she/her, he/him, they/them."}
            defaultValue={shown.pronouns}
            errors={errors.pronouns}
          />
          {!welcome && (
            <>
              <SelectField
                name="academicYear"
                label="Year (optional)"
                options={YEAR_OPTIONS}
                defaultValue={shown.academicYear}
                errors={errors.academicYear}
              />
              <TextField
                name="major"
                label="Major (optional)"
                defaultValue={shown.major}
                errors={errors.major}
              />
              <TextField
                name="expectedGraduation"
                type="month"
                label="Expected graduation (optional)"
                hint="Month and year, for example 2027-05."
                placeholder="2027-05"
                defaultValue={shown.expectedGraduation}
                errors={errors.expectedGraduation}
              />
            </>
          )}
          <ZoneField choices={choices} value={shown.timeZone ?? ""} errors={errors.timeZone} detect />
        </>
      )}
    </ActionForm>
  );
}
