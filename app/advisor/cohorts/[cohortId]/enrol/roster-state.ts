import type { RosterImportResult, RosterPreview } from "@/lib/data/advisor/cohorts/roster";
import type { ActionState } from "@/lib/validation/action-state";

// The roster's two action states: the ActionState shape, plus the preview or the result.

export type RosterPreviewState = ActionState & {
  preview?: RosterPreview & { source: string; previewKey: string };
};
export type RosterImportState = ActionState & { result?: RosterImportResult };
