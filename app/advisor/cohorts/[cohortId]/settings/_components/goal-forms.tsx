"use client";

import { ActionForm } from "@/components/action-form";
import { SelectField } from "@/components/select-field";
import { TextField } from "@/components/text-field";
import { COUNT_GOAL_METRICS, GOAL_METRIC_LABEL } from "@/lib/domain/cohort-goals";
import type { ActionState } from "@/lib/validation/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const METRIC_OPTIONS = COUNT_GOAL_METRICS.map((metric) => ({
  value: metric,
  label: GOAL_METRIC_LABEL[metric],
}));

/** "3 interviews completed by 15 Oct" or "… by the end of week 6": a count with a date or a term week. */
export function CountGoalForm({
  action,
  cohortId,
  weeksHint,
}: {
  action: Action;
  cohortId: string;
  weeksHint: string;
}) {
  return (
    <ActionForm
      id="count-goal"
      action={action}
      initial={{ metric: "interviews_completed", dueBy: "week" }}
      hidden={{ cohortId }}
      submitLabel="Add goal"
      savedMessage="Goal added."
    >
      {(shown, errors) => (
        <>
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              id="count-goal-target"
              name="target"
              label="How many"
              type="number"
              inputMode="numeric"
              min={1}
              max={1000}
              required
              defaultValue={shown.target ?? ""}
              errors={errors.target}
            />
            <SelectField
              id="count-goal-metric"
              name="metric"
              label="Of what"
              options={METRIC_OPTIONS}
              defaultValue={shown.metric ?? "interviews_completed"}
              errors={errors.metric}
            />
          </div>
          <fieldset
            className="space-y-2"
            aria-describedby={errors.dueBy?.length ? "count-goal-due-by-error" : undefined}
          >
            <legend className="text-sm font-medium text-slate-900">Due by</legend>
            {(
              [
                ["week", "The end of a week of the term"],
                ["date", "A date"],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="flex min-h-11 items-center gap-3 text-sm text-slate-900">
                <input
                  type="radio"
                  name="dueBy"
                  value={value}
                  defaultChecked={(shown.dueBy ?? "week") === value}
                  className="size-5"
                />
                {label}
              </label>
            ))}
            {errors.dueBy?.length ? (
              <p id="count-goal-due-by-error" className="text-sm font-medium text-red-700">
                {errors.dueBy.join(" ")}
              </p>
            ) : null}
          </fieldset>
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              id="count-goal-week"
              name="dueWeek"
              label="Week of the term"
              hint={weeksHint}
              type="number"
              inputMode="numeric"
              min={1}
              defaultValue={shown.dueWeek ?? ""}
              errors={errors.dueWeek}
            />
            <TextField
              id="count-goal-date"
              name="dueOn"
              label="Date"
              hint="Within the term."
              type="date"
              defaultValue={shown.dueOn ?? ""}
              errors={errors.dueOn}
            />
          </div>
        </>
      )}
    </ActionForm>
  );
}

/** "Thank-you sent within N days of each interview": a rule for the whole term, with no date. */
export function TimelinessGoalForm({ action, cohortId }: { action: Action; cohortId: string }) {
  return (
    <ActionForm
      id="timeliness-goal"
      action={action}
      initial={{}}
      hidden={{ cohortId, metric: "thank_you_within_days" }}
      submitLabel="Add thank-you goal"
      savedMessage="Goal added."
    >
      {(shown, errors) => (
        <TextField
          id="timeliness-goal-target"
          name="target"
          label="Thank-you sent within how many days of each interview"
          type="number"
          inputMode="numeric"
          min={1}
          max={30}
          required
          defaultValue={shown.target ?? ""}
          errors={errors.target}
        />
      )}
    </ActionForm>
  );
}
