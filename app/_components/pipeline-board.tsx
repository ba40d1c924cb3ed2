import { PipelineColumns, type PipelineColumnData } from "./pipeline-columns";
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
  const shown = columns
    .filter((column) => column.contacts.length > 0 || !HIDDEN_WHEN_EMPTY.includes(column.stage))
    .map((column): PipelineColumnData => ({
      stage: column.stage,
      label: column.label,
      count: column.contacts.length,
      names: column.contacts
        .slice(0, NAMES_PER_COLUMN)
        .map((contact) => [
          contactHref ? contactHref(contact.id) : null,
          contact.name,
          [contact.title, contact.organizationName].filter(Boolean).join(" · "),
        ]),
    }));
  return <PipelineColumns columns={shown} emptyColumnText={emptyColumnText} moreHref={moreHref} />;
}
