"use client";

import { ActionForm, type FormValues } from "@/components/action-form";
import { CheckboxField } from "@/components/checkbox-field";
import { SelectField } from "@/components/select-field";
import { WEEKDAYS } from "@/lib/validation/form-options";
import { updateDigestPreferencesAction } from "../actions";

const KIND_FIELD = {
  student: {
    name: "studentDigest",
    label: "Weekly digest",
    hint: "Thank-yous and follow-ups due, upcoming interviews, people to keep in touch with, your goals.",
  },
  advisor: {
    name: "advisorDigest",
    label: "Weekly cohort digest",
    hint: "Per cohort: who needs attention and why, who was active, goals coming due.",
  },
} as const;

export function NotificationsForm({
  initial,
  kinds,
  instanceWeekday,
}: {
  initial: FormValues;
  kinds: ("student" | "advisor")[];
  instanceWeekday: number;
}) {
  const defaultDay = WEEKDAYS.find((d) => d.value === instanceWeekday)?.label ?? "Monday";
  const options = [
    { value: "", label: `Instance default (${defaultDay})` },
    ...WEEKDAYS.map((d) => ({ value: String(d.value), label: d.label })),
  ];
  return (
    <ActionForm
      id="notifications-form"
      action={updateDigestPreferencesAction}
      initial={initial}
      hidden={{}}
      submitLabel="Save preferences"
      savedMessage="Preferences saved."
    >
      {(shown, errors) => (
        <>
          <fieldset className="space-y-3">
            <legend className="text-base font-semibold text-slate-900">Email</legend>
            {kinds.map((kind) => {
              const field = KIND_FIELD[kind];
              return (
                <CheckboxField
                  key={kind}
                  name={field.name}
                  label={field.label}
                  hint={field.hint}
                  defaultChecked={shown[field.name] === "on"}
                />
              );
            })}
            {kinds.includes("student") ? (
              <CheckboxField
                name="dailyReminder"
                label="Daily reminder"
                hint="A short email at 7 in the morning (your time zone) on days when a thank-you, a follow-up or an interview is due, or your advisor has commented. Nothing on other days."
                defaultChecked={shown.dailyReminder === "on"}
              />
            ) : null}
          </fieldset>
          <SelectField
            name="weekday"
            label="Send my digest on"
            options={options}
            defaultValue={shown.weekday ?? ""}
            errors={errors.weekday}
          />
        </>
      )}
    </ActionForm>
  );
}
