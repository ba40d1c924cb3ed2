import { SOFT_NAV_REGION } from "./soft-links";
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
  // .pipeline (app/globals.css) styles the columns and their names. The names are plain links, navigated in
  // place by the app shell's listener (soft-links-listener.tsx), as this region asks.
  return (
    <ol className="pipeline" {...{ [SOFT_NAV_REGION]: "" }}>
      {columns
        .filter((column) => column.contacts.length > 0 || !HIDDEN_WHEN_EMPTY.includes(column.stage))
        .map((column) => (
          <li key={column.stage}>
            <h3>
              {column.label}
              <span>{column.contacts.length}</span>
            </h3>
            {column.contacts.length > 0 ? (
              <ul>
                {/* Keyed by position: the items hold no state, and ids as keys went into React's payload for nothing. */}
                {column.contacts.slice(0, NAMES_PER_COLUMN).map((contact, n) => {
                  const detail = [contact.title, contact.organizationName].filter(Boolean).join(" · ");
                  return (
                    <li key={n}>
                      {contactHref ? (
                        <a className="link" href={contactHref(contact.id)}>
                          {contact.name}
                        </a>
                      ) : (
                        <b>{contact.name}</b>
                      )}
                      {detail && <small>{detail}</small>}
                    </li>
                  );
                })}
                {column.contacts.length > NAMES_PER_COLUMN && (
                  <li className="text-xs text-slate-600">
                    {moreHref ? (
                      <a className="link" href={moreHref}>
                        {`and ${column.contacts.length - NAMES_PER_COLUMN} more`}
                        <span className="sr-only">{` ${column.label.toLowerCase()}`}</span>
                      </a>
                    ) : (
                      `and ${column.contacts.length - NAMES_PER_COLUMN} more`
                    )}
                  </li>
                )}
              </ul>
            ) : (
              <p>{emptyColumnText}</p>
            )}
          </li>
        ))}
    </ol>
  );
}
