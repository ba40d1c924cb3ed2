import { z } from "zod";
import { creationKey, optionalText } from "./fields";

export const journalEntrySchema = z
  .object({ learned: optionalText(2000), nextSteps: optionalText(2000), creationKey })
  .refine((entry) => entry.learned.length > 0 || entry.nextSteps.length > 0, {
    message: "Write what you learned, what you'll do next, or both",
    path: ["learned"],
  });

export type JournalEntryInput = z.output<typeof journalEntrySchema>;
export const JOURNAL_FORM_KEYS = ["learned", "nextSteps", "creationKey"] as const;
