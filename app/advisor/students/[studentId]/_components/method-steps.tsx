import { CircleCheck, CircleDashed, CircleDot } from "lucide-react";
import type { MethodStepSummary } from "@/lib/domain/method-overview";

const STATUS_TEXT = { done: "Done", current: "Current step", "to-do": "To do" } as const;

/**
 * The six steps as a compact list, as the student's own tracker judges them: done, the current step, or to
 * do (in words, not colour alone), with the evidence.
 */
export function MethodSteps({ steps }: { steps: MethodStepSummary[] }) {
  return (
    <ol className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
      {steps.map((step) => (
        <li key={step.step} className="rounded-md border border-slate-200 p-3 text-sm">
          <div className="flex items-center gap-2">
            {step.status === "done" ? (
              <CircleCheck aria-hidden="true" className="size-4 shrink-0 text-green-700" />
            ) : step.status === "current" ? (
              <CircleDot aria-hidden="true" className="text-brand-700 size-4 shrink-0" />
            ) : (
              <CircleDashed aria-hidden="true" className="size-4 shrink-0 text-slate-500" />
            )}
            <span className="font-medium text-slate-900">
              {step.number}. {step.label}
            </span>
            <span className="ml-auto text-xs text-slate-700">{STATUS_TEXT[step.status]}</span>
          </div>
          <p className="mt-1 text-slate-600">{step.evidence.join(" · ")}</p>
        </li>
      ))}
    </ol>
  );
}
