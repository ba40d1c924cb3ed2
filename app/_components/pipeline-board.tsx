import Link from "next/link";
import type { ContactStage } from "@/lib/domain/contact-stage";

export type PipelineBoardContact = {
  id: string;
  name: string;
  title?: string;
  organizationName?: string | null;
};

export type PipelineBoardColumn = { stage: ContactStage; label: string; contacts: PipelineBoardContact[] };

// Stages that are an end rather than a step: an empty one says nothing, so it is left off the board.
const HIDDEN_WHEN_EMPTY: readonly ContactStage[] = ["declined", "no-response"];
// A board is an overview: past a handful of names a column says how many more there are instead of listing
// 200 contacts (which also made the home page's HTML, and its render, several times larger).
const NAMES_PER_COLUMN = 6;

/**
 * Contacts by stage, as the student and their advisor both see them. Each contact links to `contactHref`
 * when given; its title and organization show when the column's contacts carry them.
 */
export function PipelineBoard({
  columns,
  contactHref,
  emptyColumnText,
  moreHref,
}: {
  columns: PipelineBoardColumn[];
  contactHref?: (contactId: string) => string;
  emptyColumnText: string;
  /** Where a column's "and N more" leads (the full list), if anywhere. */
  moreHref?: string;
}) {
  return (
    <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {columns
        .filter((column) => column.contacts.length > 0 || !HIDDEN_WHEN_EMPTY.includes(column.stage))
        .map((column) => (
          <li key={column.stage} className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="flex items-baseline justify-between text-sm font-semibold text-slate-900">
              {column.label}
              <span className="rounded-full bg-slate-100 px-2 text-xs text-slate-700">
                {column.contacts.length}
              </span>
            </h3>
            {column.contacts.length > 0 ? (
              <ul className="mt-2 space-y-1 text-sm">
                {column.contacts.slice(0, NAMES_PER_COLUMN).map((contact) => {
                  const detail = [contact.title, contact.organizationName].filter(Boolean).join(" · ");
                  return (
                    <li key={contact.id} className="break-words">
                      {contactHref ? (
                        <Link href={contactHref(contact.id)} className="link">
                          {contact.name}
                        </Link>
                      ) : (
                        <span className="font-medium text-slate-900">{contact.name}</span>
                      )}
                      {detail && <span className="block text-xs text-slate-600">{detail}</span>}
                    </li>
                  );
                })}
                {column.contacts.length > NAMES_PER_COLUMN && (
                  <li className="text-xs text-slate-600">
                    {moreHref ? (
                      <Link href={moreHref} className="link">
                        and {column.contacts.length - NAMES_PER_COLUMN} more
                        <span className="sr-only"> {column.label.toLowerCase()}</span>
                      </Link>
                    ) : (
                      `and ${column.contacts.length - NAMES_PER_COLUMN} more`
                    )}
                  </li>
                )}
              </ul>
            ) : (
              <p className="mt-2 text-xs text-slate-500">{emptyColumnText}</p>
            )}
          </li>
        ))}
    </ol>
  );
}
