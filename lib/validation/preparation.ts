import { z } from "zod";
import { QUESTION_CATEGORIES } from "@/lib/domain/vocabulary";
import { text } from "./fields";
import { PITCH_MAX_LENGTH, QUESTION_MAX_LENGTH, QUESTION_MIN_LENGTH } from "./form-options";

export const pitchSchema = z.object({
  elevatorPitch: text()
    .trim()
    .max(PITCH_MAX_LENGTH, `Keep your pitch under ${PITCH_MAX_LENGTH} characters`)
    .optional()
    .transform((v) => v ?? ""),
  // 0 means the student has never saved a pitch: the first save creates their profile.
  version: z.coerce.number({ error: "Reload the page and try again" }).int().min(0),
});

// `abort` stops at the first problem, so the student sees one message at a time, not three.
export const questionSchema = z.object({
  category: z.enum(QUESTION_CATEGORIES, { error: "Choose what kind of question this is" }),
  text: text({ error: "Enter your question" })
    .trim()
    .min(1, { error: "Enter your question", abort: true })
    .min(QUESTION_MIN_LENGTH, {
      error: `Make the question a little longer (at least ${QUESTION_MIN_LENGTH} characters)`,
      abort: true,
    })
    .max(QUESTION_MAX_LENGTH, {
      error: `Keep the question under ${QUESTION_MAX_LENGTH} characters`,
      abort: true,
    })
    .refine((text) => text.endsWith("?"), "Write it as a question, ending with ?"),
});

export type PitchInput = z.output<typeof pitchSchema>;
export type QuestionInput = z.output<typeof questionSchema>;
export const PITCH_FORM_KEYS = ["elevatorPitch", "version"] as const;
export const QUESTION_FORM_KEYS = ["category", "text"] as const;
