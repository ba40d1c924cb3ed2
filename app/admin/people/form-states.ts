import type { RosterPreviewView, RosterResultView } from "@/app/_components/roster-import-view";
import type { RosterInviteResult, RosterPreviewRow } from "@/lib/data/admin/invites";
import type { Role } from "@/lib/auth/roles";
import type { ActionState } from "@/lib/validation/action-state";

// The people forms' action states: the ActionState shape, plus what each form shows after a success.

/** `notice` says what happened to the address just invited. */
export type InviteState = ActionState & { notice?: string };

export type RosterPreview = {
  fileName: string;
  role: Role;
  cohortId: string | null;
  cohortName: string | null;
  rows: RosterPreviewRow[];
  view: RosterPreviewView;
};

export type RosterPreviewState = ActionState & { preview?: RosterPreview };
export type RosterConfirmState = ActionState & {
  result?: RosterInviteResult;
  resultView?: RosterResultView;
};

/** The people table's menus and bulk actions: one sentence on what happened, for a live region. */
export type PeopleActionState = { status: "idle" | "success" | "error"; message?: string };
