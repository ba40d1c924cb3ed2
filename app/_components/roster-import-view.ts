import type { RosterStatus } from "@/lib/domain/roster";
import type { ActionState } from "@/lib/validation/action-state";

// What <RosterImport> shows, built on the server by each audience's roster actions (an admin's roster only
// invites; an advisor's also enrols): the one component renders either without knowing which it is.

export type RosterPreviewView = {
  /** Changes with every preview, so a new preview starts a fresh confirmation form. */
  key: string;
  /** One sentence counting what confirming would do. */
  summary: string;
  caption: string;
  rows: { line: number; shown: string; status: RosterStatus; text: string }[];
  /** Null when nothing on the list can be acted on. */
  confirm: {
    fields: Record<string, string>;
    label: string;
    /** Offer to email each new invitee (checked by default). */
    offerMail: boolean;
  } | null;
  nothingToDo: string;
};

export type RosterResultView = { lines: string[]; link?: { href: string; label: string } };

export type RosterPreviewViewState = ActionState & { preview?: { view: RosterPreviewView } };
export type RosterConfirmViewState = ActionState & { resultView?: RosterResultView };
