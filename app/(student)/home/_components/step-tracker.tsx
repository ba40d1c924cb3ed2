import { Badge } from "@/components/badge";
import { Icon } from "@/components/icon";
import type { TrackedStep } from "@/lib/domain/step-tracker";

const STATUS_TEXT = { done: "Done", current: "You are here", "to-do": "To do" } as const;
const STATUS_TONE = { done: "done", current: "accent", "to-do": "upcoming" } as const;

/**
 * The six steps in order: where the student stands in each, what they logged, and what is due. Each step's
 * look comes from `.steps` in app/globals.css (the current one by its aria-current, the number's colours by
 * its data-status), and its link is a plain <a>: the home page's `data-soft-nav` region navigates it.
 */
export function StepTracker({ steps }: { steps: TrackedStep[] }) {
  return (
    <section aria-labelledby="steps-heading">
      <h2 id="steps-heading" className="mb-3 text-lg font-semibold text-slate-900">
        Your six steps
      </h2>
      <ol className="steps">
        {steps.map((step) => (
          <li key={step.step} aria-current={step.status === "current" ? "step" : undefined}>
            <span aria-hidden="true" data-status={step.status}>
              {step.status === "done" ? <Icon name="check" /> : step.number}
            </span>
            <div>
              <p>
                <a href={step.href} className="link font-medium">
                  <span className="sr-only">{`Step ${step.number}: `}</span>
                  {step.label}
                </a>
                <Badge tone={STATUS_TONE[step.status]}>{STATUS_TEXT[step.status]}</Badge>
                {step.due > 0 && <Badge tone="due-today">{`${step.due} due`}</Badge>}
              </p>
              <p>{step.evidence}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
