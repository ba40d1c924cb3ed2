"use client";

import Link from "next/link";

/** One needs-attention reason as the list shows it; the students as [id, name, the reason for them]. */
export type AttentionGroupView = {
  kind: string;
  label: string;
  count: number;
  /** The table filtered to everyone with this reason. */
  tableHref: string;
  first: [studentId: string, name: string, text: string][];
};

/**
 * The needs-attention list. A client component only so that React's payload carries these few names as
 * data rather than a second copy of the markup; it renders the same HTML on the server and needs no script
 * to open its disclosures.
 */
export function AttentionList({ nudgePath, groups }: { nudgePath: string; groups: AttentionGroupView[] }) {
  const nudgeHref = (studentIds: string[], reason: string) =>
    `${nudgePath}?${new URLSearchParams([...studentIds.map((id) => ["student", id]), ["reason", reason]])}`;
  return (
    <ul className="divide-y divide-slate-100">
      {groups.map((group) => (
        <li key={group.kind}>
          <details className="group py-2">
            <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-2 rounded-md py-1">
              <span className="font-medium text-slate-900">{group.label}</span>
              <span className="rounded-full border border-red-200 bg-red-50 px-2 text-xs font-medium text-red-800 tabular-nums">
                {`${group.count} ${group.count === 1 ? "student" : "students"}`}
              </span>
              <span className="w-full truncate text-sm text-slate-600 group-open:hidden">
                {group.first.map(([, name]) => name).join(", ") +
                  (group.count > group.first.length ? ` and ${group.count - group.first.length} more` : "")}
              </span>
            </summary>
            <ul className="mt-1 space-y-1 pl-4 text-sm">
              {group.first.map(([id, name, text]) => (
                <li key={id}>
                  <a href={`/advisor/students/${id}`} className="link">
                    {name}
                  </a>
                  {`: ${text} `}
                  <a href={nudgeHref([id], group.kind)} className="link whitespace-nowrap">
                    Nudge<span className="sr-only">{` ${name}`}</span>
                  </a>
                </li>
              ))}
            </ul>
            <p className="mt-2 flex flex-wrap gap-x-4 pl-4 text-sm">
              {group.first.length > 1 && (
                <a
                  href={nudgeHref(
                    group.first.map(([id]) => id),
                    group.kind,
                  )}
                  className="link"
                >
                  Nudge these {group.first.length}
                </a>
              )}
              <Link href={group.tableHref} className="link inline-block py-1">
                {group.count > group.first.length
                  ? `See all ${group.count} in the table`
                  : "Show them in the table"}
              </Link>
            </p>
          </details>
        </li>
      ))}
    </ul>
  );
}
