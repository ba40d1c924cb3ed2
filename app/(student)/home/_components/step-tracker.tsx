import { Check } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/badge";
import type { TrackedStep } from "@/lib/domain/step-tracker";

const STATUS_TEXT = { done: "Done", current: "You are here", "to-do": "To do" } as const;

/** The six steps in order: where the student stands in each, what they logged, and what is due. */
export function StepTracker({ steps }: { steps: TrackedStep[] }) {
  return (
    <section aria-labelledby="steps-heading">
      <h2 id="steps-heading" className="mb-3 text-lg font-semibold text-slate-900">
        Your six steps
      </h2>
      <ol className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {steps.map((step) => (
          <li
            key={step.step}
            aria-current={step.status === "current" ? "step" : undefined}
            className={`flex gap-3 rounded-lg border bg-white p-3 ${
              step.status === "current" ? "border-brand-600 ring-brand-600 ring-1" : "border-slate-200"
            }`}
          >
            <span
              aria-hidden="true"
              className={`flex size-7 shrink-0 items-center justify-center rounded-full text-sm font-semibold ${
                step.status === "done"
                  ? "bg-green-50 text-green-800"
                  : step.status === "current"
                    ? "bg-brand-700 text-white"
                    : "bg-slate-100 text-slate-700"
              }`}
            >
              {step.status === "done" ? <Check className="size-4" /> : step.number}
            </span>
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <Link href={step.href} className="link font-medium">
                  <span className="sr-only">Step {step.number}: </span>
                  {step.label}
                </Link>
                <Badge
                  tone={step.status === "done" ? "done" : step.status === "current" ? "accent" : "upcoming"}
                >
                  {STATUS_TEXT[step.status]}
                </Badge>
                {step.due > 0 && <Badge tone="due-today">{step.due} due</Badge>}
              </p>
              <p className="mt-1 text-sm text-slate-600">{step.evidence}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
