import type { RosterImportResult, RosterPreview } from "@/lib/data/advisor/cohorts/roster";
import type { RosterPreviewView, RosterResultView } from "@/app/_components/roster-import-view";
import type { ActionState } from "@/lib/validation/action-state";

// The roster's two action states: the ActionState shape, plus the preview or the result.

export type RosterPreviewState = ActionState & {
  preview?: RosterPreview & { source: string; view: RosterPreviewView };
};
export type RosterImportState = ActionState & {
  result?: RosterImportResult;
  resultView?: RosterResultView;
};
