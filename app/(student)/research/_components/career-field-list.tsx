import Link from "next/link";
import { Button } from "@/components/button";
import type { CareerFieldSummary } from "@/lib/data/student/research/career-fields";
import type { ActionState } from "@/lib/validation/action-state";
import { CareerFieldForm } from "./career-field-form";
import { plural } from "@/lib/domain/plural";

// Block summaries keep their disclosure marker; the padding gives a 44px touch target.
const summaryClass = "link cursor-pointer py-3 text-sm font-medium";

/** Each field with its notes and organizations; editing and deleting open in place. */
export function CareerFieldList({
  fields,
  updateAction,
  deleteAction,
}: {
  fields: CareerFieldSummary[];
  updateAction: (state: ActionState, formData: FormData) => Promise<ActionState>;
  deleteAction: (formData: FormData) => Promise<void>;
}) {
  return (
    <ul className="divide-y divide-slate-100">
      {fields.map((field) => (
        <li key={field.id} className="py-4 first:pt-0">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
            <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
              {field.name}
              {field.notesPrivate && (
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700">
                  Private notes
                </span>
              )}
            </h3>
            {field.organizationCount === 0 ? (
              <span className="text-sm text-slate-600">
                No organizations yet ·{" "}
                <Link
                  href={`/research/organizations/new?${new URLSearchParams({ field: field.id })}`}
                  className="link"
                >
                  Add one<span className="sr-only"> in {field.name}</span>
                </Link>
              </span>
            ) : (
              <Link
                href={`/research?${new URLSearchParams({ field: field.id })}#organizations`}
                className="link text-sm"
              >
                {plural(field.organizationCount, "organization")}
                <span className="sr-only"> in {field.name}</span>
              </Link>
            )}
          </div>
          {field.notes && <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{field.notes}</p>}
          <div className="mt-1 flex flex-col">
            <details>
              <summary className={summaryClass}>
                Edit<span className="sr-only"> {field.name}</span>
              </summary>
              <div className="mt-2 rounded-md border border-slate-200 p-4">
                <CareerFieldForm
                  id={`career-field-${field.id}`}
                  action={updateAction}
                  initial={{
                    name: field.name,
                    notes: field.notes,
                    notesPrivate: field.notesPrivate ? "on" : "",
                  }}
                  hidden={{ id: field.id, version: String(field.version) }}
                  submitLabel="Save changes"
                  savedMessage="Saved."
                />
              </div>
            </details>
            <details>
              <summary className={summaryClass}>
                Delete<span className="sr-only"> {field.name}</span>
              </summary>
              <div className="mt-2 rounded-md border border-slate-200 p-4">
                <p className="text-sm text-slate-700">{deleteConsequence(field.organizationCount)}</p>
                <form action={deleteAction} className="mt-3">
                  <input type="hidden" name="id" value={field.id} />
                  <Button type="submit" variant="danger">
                    Delete {field.name}
                  </Button>
                </form>
              </div>
            </details>
          </div>
        </li>
      ))}
    </ul>
  );
}

function deleteConsequence(organizationCount: number) {
  if (organizationCount === 0) return "Nothing else is deleted with it.";
  const which =
    organizationCount === 1 ? "Its organization stays" : `Its ${organizationCount} organizations stay`;
  return `${which} in your list, without a career field.`;
}
