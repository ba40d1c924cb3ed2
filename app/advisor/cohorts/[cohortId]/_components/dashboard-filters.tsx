import Link from "next/link";
import { buttonClass } from "@/components/button";
import {
  DASHBOARD_SORT_KEYS,
  GOAL_FILTER_LABEL,
  GOAL_FILTERS,
  type DashboardSortKey,
  type DashboardView,
} from "@/lib/domain/cohort-dashboard";
import { ATTENTION_KIND_LABEL, ATTENTION_KINDS } from "@/lib/domain/needs-attention";
import { METHOD_STEPS } from "@/lib/domain/student-stage";

const REASON_OPTIONS = [
  { value: "all", label: "Any or none" },
  { value: "any", label: "Any reason" },
  { value: "none", label: "None (on track)" },
  ...ATTENTION_KINDS.map((kind) => ({ value: kind, label: ATTENTION_KIND_LABEL[kind] })),
];
const STAGE_OPTIONS = [
  { value: "all", label: "Any stage" },
  ...METHOD_STEPS.map(({ step, label }, index) => ({ value: step, label: `${index + 1}. ${label}` })),
  { value: "done", label: "All six done" },
];
const GOAL_OPTIONS = GOAL_FILTERS.map((goal) => ({ value: goal, label: GOAL_FILTER_LABEL[goal] }));
const SORT_LABEL: Record<DashboardSortKey, string> = {
  name: "Name",
  stage: "Stage",
  contacts: "Contacts",
  outreach: "Outreach",
  interviews: "Interviews",
  "last-activity": "Last activity",
  "goal-progress": "Goal progress",
  attention: "Flags",
};
const SORT_OPTIONS = DASHBOARD_SORT_KEYS.map((key) => ({ value: key, label: SORT_LABEL[key] }));

/**
 * The table's filters as a plain GET form: it works without JavaScript, and the result is a URL to bookmark
 * or share. The sort is here too for phones, where the cards have no column headers.
 */
export function DashboardFilters({ base, view }: { base: string; view: DashboardView }) {
  return (
    <form action={`${base}#students`} method="get" className="flex flex-wrap items-end gap-3">
      <Select name="reason" label="Needs attention" value={view.reason} options={REASON_OPTIONS} />
      <Select name="stage" label="Stage" value={view.stage} options={STAGE_OPTIONS} />
      <Select name="goal" label="Goals" value={view.goal} options={GOAL_OPTIONS} />
      <Select name="sort" label="Sort by" value={view.sort} options={SORT_OPTIONS} />
      <input type="hidden" name="dir" value={view.direction} />
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClass("secondary")}>
          Apply
        </button>
        <Link href={`${base}#students`} className="link text-sm">
          Clear
        </Link>
      </div>
    </form>
  );
}

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
}) {
  const id = `dashboard-${name}`;
  return (
    <div className="flex min-w-36 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value}
        className="min-h-10 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
