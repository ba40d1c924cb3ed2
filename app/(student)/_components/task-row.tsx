import Link from "next/link";
import type { ReactNode } from "react";

/** One task on the outreach or follow-up page: who, what and when on the left; the one-click buttons right. */
export function TaskRow({
  name,
  href,
  organizationName,
  detail,
  badge,
  actions,
}: {
  name: string;
  href: string;
  organizationName: string | null;
  detail: ReactNode;
  badge?: ReactNode;
  actions: ReactNode;
}) {
  return (
    <li className="flex flex-col gap-3 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <Link href={href} className="link font-medium">
            {name}
          </Link>
          {organizationName && <span className="text-sm text-slate-600">{organizationName}</span>}
          {badge}
        </p>
        <p className="mt-1 text-sm text-slate-600">{detail}</p>
      </div>
      <div className="flex flex-wrap items-start gap-2">{actions}</div>
    </li>
  );
}

/** A titled list of tasks, named for assistive technology by its heading ("Follow-ups due (2)"). */
export function TaskSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <h2 id={id} className="mb-3 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}
