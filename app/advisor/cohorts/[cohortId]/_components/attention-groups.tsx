import { DEFAULT_DASHBOARD_VIEW } from "@/lib/domain/cohort-dashboard";
import type { AttentionGroup } from "@/lib/domain/cohort-summary";
import { cohortDashboardQuery } from "@/lib/validation/cohort-dashboard-view";
import { AttentionList } from "./attention-list";

/**
 * Who needs attention, one line per reason rather than one per student: the count and the first few names,
 * opening onto each one's reason and a link to everyone with it in the table.
 */
export function AttentionGroups({ base, groups }: { base: string; groups: AttentionGroup[] }) {
  if (groups.length === 0) {
    return <p className="text-sm text-slate-600">Nobody needs a nudge right now.</p>;
  }
  return (
    <AttentionList
      nudgePath={`${base}/nudge`}
      groups={groups.map((group) => ({
        kind: group.kind,
        label: group.label,
        count: group.count,
        tableHref: `${base}?${cohortDashboardQuery({ ...DEFAULT_DASHBOARD_VIEW, reason: group.kind })}#students`,
        first: group.first.map((student) => [student.studentId, student.name, student.text]),
      }))}
    />
  );
}
