"use client";

import { ActionForm, type FormValues } from "@/components/action-form";
import { SelectField } from "@/components/select-field";
import { INTERVIEW_STATUSES, INTERVIEW_STATUS_LABEL } from "@/lib/domain/vocabulary";
import type { ActionState } from "@/lib/validation/action-state";
import { ScheduleFields } from "./schedule-fields";
import { useForeignVersionKey } from "./use-foreign-version-key";
import type { ZoneChoices } from "@/lib/domain/time-zone-names";

const STATUS_OPTIONS = INTERVIEW_STATUSES.map((s) => ({ value: s, label: INTERVIEW_STATUS_LABEL[s] }));

/** Schedules a new interview, or (with `version`) edits one that another form on the page may also save. */
export function ScheduleForm(props: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial: FormValues;
  hidden: Record<string, string>;
  submitLabel: string;
  timeZones: ZoneChoices;
  withStatus?: boolean;
  version?: string;
}) {
  const { timeZones, withStatus, version, action, ...form } = props;
  const versioned = useForeignVersionKey(version ?? "", action);
  return (
    <ActionForm
      key={versioned.key}
      id="schedule-form"
      action={versioned.action}
      {...form}
      hidden={version === undefined ? form.hidden : { ...form.hidden, version }}
    >
      {(shown, errors) => (
        <>
          {withStatus && (
            <SelectField
              name="status"
              label="Status"
              options={STATUS_OPTIONS}
              defaultValue={shown.status ?? "scheduled"}
              errors={errors.status}
            />
          )}
          <ScheduleFields shown={shown} errors={errors} timeZones={timeZones} />
        </>
      )}
    </ActionForm>
  );
}
