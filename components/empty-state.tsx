import type { ReactNode } from "react";

/** What goes here, and the one thing to do about it: a sentence in `children`, an optional `action`. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-8 text-center sm:px-6">
      <h3 className="text-base font-semibold text-slate-900">{title}</h3>
      <div className="mx-auto mt-2 max-w-prose text-sm text-slate-600">{children}</div>
      {action && <div className="mt-4 flex justify-center">{action}</div>}
    </div>
  );
}
