import { CircleCheck, CircleDashed } from "lucide-react";
import type { MethodStepSummary } from "@/lib/domain/method-overview";

/** The six steps as a compact list: started or not (in words, not colour alone) and the evidence. */
export function MethodSteps({ steps }: { steps: MethodStepSummary[] }) {
  return (
    <ol className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
      {steps.map((step) => (
        <li key={step.step} className="rounded-md border border-slate-200 p-3 text-sm">
          <div className="flex items-center gap-2">
            {step.started ? (
              <CircleCheck aria-hidden="true" className="size-4 shrink-0 text-green-700" />
            ) : (
              <CircleDashed aria-hidden="true" className="size-4 shrink-0 text-slate-500" />
            )}
            <span className="font-medium text-slate-900">
              {step.number}. {step.label}
            </span>
            <span className="ml-auto text-xs text-slate-700">{step.started ? "Started" : "Not yet"}</span>
          </div>
          <p className="mt-1 text-slate-600">{step.evidence.join(" · ")}</p>
        </li>
      ))}
    </ol>
  );
}
