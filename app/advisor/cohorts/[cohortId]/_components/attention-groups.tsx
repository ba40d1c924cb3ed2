import Link from "next/link";
import { DEFAULT_DASHBOARD_VIEW } from "@/lib/domain/cohort-dashboard";
import type { AttentionGroup } from "@/lib/domain/cohort-summary";
import { cohortDashboardQuery } from "@/lib/validation/cohort-dashboard-view";

/**
 * Who needs attention, one line per reason rather than one per student: the count and the first few names,
 * opening onto each one's reason and a link to everyone with it in the table.
 */
export function AttentionGroups({ base, groups }: { base: string; groups: AttentionGroup[] }) {
  const nudgeHref = (studentIds: string[], reason: string) =>
    `${base}/nudge?${new URLSearchParams([...studentIds.map((id) => ["student", id]), ["reason", reason]])}`;
  if (groups.length === 0) {
    return <p className="text-sm text-slate-600">Nobody needs a nudge right now.</p>;
  }
  return (
    <ul className="divide-y divide-slate-100">
      {groups.map((group) => {
        const rest = group.count - group.first.length;
        return (
          <li key={group.kind}>
            <details className="group py-2">
              <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-2 rounded-md py-1">
                <span className="font-medium text-slate-900">{group.label}</span>
                <span className="rounded-full border border-red-200 bg-red-50 px-2 text-xs font-medium text-red-800 tabular-nums">
                  {group.count} {group.count === 1 ? "student" : "students"}
                </span>
                <span className="w-full truncate text-sm text-slate-600 group-open:hidden">
                  {group.first
                    .slice(0, 3)
                    .map((student) => student.name)
                    .join(", ")}
                  {group.count > 3 ? ` and ${group.count - 3} more` : ""}
                </span>
              </summary>
              <ul className="mt-1 space-y-1 pl-4 text-sm">
                {group.first.map((student) => (
                  <li key={student.studentId}>
                    <a href={`/advisor/students/${student.studentId}`} className="link">
                      {student.name}
                    </a>
                    <span className="text-slate-700">: {student.text}</span>{" "}
                    <a href={nudgeHref([student.studentId], group.kind)} className="link whitespace-nowrap">
                      Nudge<span className="sr-only"> {student.name}</span>
                    </a>
                  </li>
                ))}
              </ul>
              <p className="mt-2 flex flex-wrap gap-x-4 pl-4 text-sm">
                {group.first.length > 1 && (
                  <a
                    href={nudgeHref(
                      group.first.map((s) => s.studentId),
                      group.kind,
                    )}
                    className="link"
                  >
                    Nudge these {group.first.length}
                  </a>
                )}
                <Link
                  href={`${base}?${cohortDashboardQuery({ ...DEFAULT_DASHBOARD_VIEW, reason: group.kind })}#students`}
                  className="link inline-block py-1"
                >
                  {rest > 0 ? `See all ${group.count} in the table` : "Show them in the table"}
                </Link>
              </p>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
