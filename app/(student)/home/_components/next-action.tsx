import Link from "next/link";
import { buttonClass } from "@/components/button";
import { Icon } from "@/components/icon";
import type { NextAction } from "@/lib/domain/step-tracker";

/** The single next best action, first on home: why, in one sentence, and one button that does it. */
export function NextActionCard({ action }: { action: NextAction }) {
  return (
    <section
      aria-labelledby="next-action-heading"
      className="border-brand-200 bg-brand-50 flex flex-col gap-3 rounded-lg border p-4 sm:flex-row sm:items-center sm:justify-between sm:p-5"
    >
      <div>
        <h2 id="next-action-heading" className="text-lg font-semibold text-slate-900">
          Your next step
        </h2>
        <p className="mt-1 text-sm text-slate-700">{action.why}</p>
      </div>
      <Link href={action.href} className={`${buttonClass("primary")} shrink-0`} data-testid="next-action">
        {action.label}
        <Icon name="arrow-right" />
      </Link>
    </section>
  );
}
