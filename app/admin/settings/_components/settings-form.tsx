"use client";

import { ActionForm, type FormValues } from "@/components/action-form";
import { SelectField } from "@/components/select-field";
import { TextArea } from "@/components/text-area";
import { TextField } from "@/components/text-field";
import { WEEKDAYS } from "@/lib/validation/form-options";
import { updateInstanceSettingsAction } from "../actions";

const WEEKDAY_OPTIONS = WEEKDAYS.map((d) => ({ value: String(d.value), label: d.label }));

export function SettingsForm({
  initial,
  version,
  configuredDomains,
}: {
  initial: FormValues;
  version: number;
  configuredDomains: string[];
}) {
  return (
    <ActionForm
      id="settings-form"
      action={updateInstanceSettingsAction}
      initial={initial}
      hidden={{ version: String(version) }}
      submitLabel="Save settings"
      savedMessage="Settings saved. They apply from everyone's next click."
    >
      {(shown, errors) => (
        <>
          <fieldset className="space-y-3">
            <legend className="text-base font-semibold text-slate-900">Who may sign in</legend>
            <TextArea
              name="allowedEmailDomains"
              label="Allowed email domains"
              hint="Anyone with an address on these domains may sign in without an invite, as a student. One domain per line, like university.edu. Leave empty to admit invited people only."
              rows={4}
              spellCheck={false}
              autoCapitalize="none"
              defaultValue={shown.allowedEmailDomains ?? ""}
              errors={errors.allowedEmailDomains}
            />
            {configuredDomains.length > 0 && (
              <p className="text-sm text-slate-600">
                The server&apos;s configuration also allows: {configuredDomains.join(", ")}.
              </p>
            )}
          </fieldset>
          <fieldset className="space-y-3">
            <legend className="text-base font-semibold text-slate-900">Thank-you notes</legend>
            <div className="grid gap-5 sm:grid-cols-2">
              <TextField
                name="thankYouDueBusinessDays"
                label="Due after (business days)"
                hint="0 to 10. The method suggests 1 to 2."
                type="number"
                inputMode="numeric"
                min={0}
                max={10}
                defaultValue={shown.thankYouDueBusinessDays ?? ""}
                errors={errors.thankYouDueBusinessDays}
              />
              <TextField
                name="thankYouOverdueDays"
                label="Overdue after (days)"
                hint="1 to 30. The method says 7."
                type="number"
                inputMode="numeric"
                min={1}
                max={30}
                defaultValue={shown.thankYouOverdueDays ?? ""}
                errors={errors.thankYouOverdueDays}
              />
            </div>
          </fieldset>
          <fieldset className="space-y-3">
            <legend className="text-base font-semibold text-slate-900">Email digests</legend>
            <SelectField
              name="digestWeekday"
              label="Weekly digests go out on"
              options={WEEKDAY_OPTIONS}
              defaultValue={shown.digestWeekday ?? "1"}
              errors={errors.digestWeekday}
            />
          </fieldset>
          <fieldset className="space-y-3">
            <legend className="text-base font-semibold text-slate-900">Keeping students&apos; records</legend>
            <TextField
              name="archivedCohortRetentionDays"
              label="Delete students' accounts this many days after their cohort is archived"
              hint="30 to 3650 days; leave empty to keep them until they delete their own. Counted from the day the last of a student's cohorts was archived; until then they can still sign in and download their data. Students in an open cohort, or in none, are never deleted by this."
              type="number"
              inputMode="numeric"
              min={30}
              max={3650}
              defaultValue={shown.archivedCohortRetentionDays ?? ""}
              errors={errors.archivedCohortRetentionDays}
            />
          </fieldset>
        </>
      )}
    </ActionForm>
  );
}
