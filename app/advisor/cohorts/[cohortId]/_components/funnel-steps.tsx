"use client";

/** One of the six steps as the funnel card shows it. */
export type FunnelStepView = { step: string; label: string; reached: number; share: number };

/**
 * How many students have done each of the six steps. A client component only so that React's payload
 * carries these six figures as data rather than a second copy of the markup; it renders the same HTML on
 * the server and needs no script.
 */
export function FunnelSteps({ steps, studentCount }: { steps: FunnelStepView[]; studentCount: number }) {
  return (
    <ol className="space-y-2">
      {steps.map((step, index) => (
        <li key={step.step} className="text-sm">
          <div className="flex justify-between gap-2">
            <span>
              {index + 1}. {step.label}
            </span>
            <span className="font-semibold tabular-nums">
              {step.reached} of {studentCount}
            </span>
          </div>
          <div className="mt-1 h-2 rounded-full bg-slate-100" aria-hidden="true">
            <div
              className="bg-brand-600 h-2 rounded-full"
              style={{ width: `${Math.round(step.share * 100)}%` }}
            />
          </div>
        </li>
      ))}
    </ol>
  );
}
