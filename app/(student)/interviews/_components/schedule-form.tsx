"use client";

import { ActionForm, type FormValues } from "@/components/action-form";
import { SelectField } from "@/components/select-field";
import { INTERVIEW_STATUSES, INTERVIEW_STATUS_LABEL } from "@/lib/domain/vocabulary";
import type { ActionState } from "@/lib/validation/action-state";
import { ScheduleFields } from "./schedule-fields";

const STATUS_OPTIONS = INTERVIEW_STATUSES.map((s) => ({ value: s, label: INTERVIEW_STATUS_LABEL[s] }));

export function ScheduleForm(props: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial: FormValues;
  hidden: Record<string, string>;
  submitLabel: string;
  timeZones: readonly string[];
  withStatus?: boolean;
}) {
  const { timeZones, withStatus, ...form } = props;
  return (
    <ActionForm id="schedule-form" {...form}>
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
