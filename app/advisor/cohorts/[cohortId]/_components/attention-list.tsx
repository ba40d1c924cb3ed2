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
    // The groups' repeated styles are set once here, not on each of their elements.
    <ul
      className={[
        // Links inside a sentence ("Ana: no activity in 9 days. Nudge") are underlined, not told by colour alone.
        "[&_a]:link [&_ul_a]:link-in-text divide-y divide-slate-100 [&_details]:py-2",
        "[&_summary]:flex [&_summary]:cursor-pointer [&_summary]:flex-wrap [&_summary]:items-baseline [&_summary]:gap-x-2 [&_summary]:rounded-md [&_summary]:py-1",
        "[&_b]:rounded-full [&_b]:border [&_b]:border-red-200 [&_b]:bg-red-50 [&_b]:px-2 [&_b]:text-xs [&_b]:font-medium [&_b]:text-red-800 [&_b]:tabular-nums",
        "[&_summary>span]:w-full [&_summary>span]:truncate [&_summary>span]:text-sm [&_summary>span]:text-slate-600",
        "[&_p]:mt-2 [&_p]:flex [&_p]:flex-wrap [&_p]:gap-x-4 [&_p]:pl-4 [&_p]:text-sm [&_ul]:mt-1 [&_ul]:space-y-1 [&_ul]:pl-4 [&_ul]:text-sm",
      ].join(" ")}
    >
      {groups.map((group) => (
        <li key={group.kind}>
          <details className="group">
            <summary>
              <strong className="font-medium text-slate-900">{group.label}</strong>
              <b>{`${group.count} ${group.count === 1 ? "student" : "students"}`}</b>
              <span className="group-open:hidden">
                {group.first.map(([, name]) => name).join(", ") +
                  (group.count > group.first.length ? ` and ${group.count - group.first.length} more` : "")}
              </span>
            </summary>
            <ul>
              {group.first.map(([id, name, text]) => (
                <li key={id}>
                  <a href={`/advisor/students/${id}`}>{name}</a>
                  {`: ${text} `}
                  <a href={nudgeHref([id], group.kind)} className="whitespace-nowrap">
                    Nudge<span className="sr-only">{` ${name}`}</span>
                  </a>
                </li>
              ))}
            </ul>
            <p>
              {group.first.length > 1 && (
                <a
                  href={nudgeHref(
                    group.first.map(([id]) => id),
                    group.kind,
                  )}
                >
                  {`Nudge these ${group.first.length}`}
                </a>
              )}
              <Link href={group.tableHref} className="inline-block py-1">
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
