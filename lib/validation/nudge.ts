import { z } from "zod";
import { ATTENTION_KINDS } from "@/lib/domain/needs-attention";
import { HANDLED_NOTE_MAX_LENGTH, NUDGE_MESSAGE_MAX_LENGTH, NUDGE_REASONS } from "@/lib/domain/nudge-rules";
import { creationKey, recordId, text } from "./fields";

const RELOAD = "Reload the page and try again";

/** Students one nudge form may name: a page of the dashboard and then some. */
export const MAX_NUDGE_RECIPIENTS = 100;

// The recipients ride in one hidden field as "studentId:reason,…"; lib/data checks every id against the
// cohort, so a tampered list meets the same 404 as a missing student.
const recipients = text({ error: RELOAD })
  .transform((value) => value.split(",").filter(Boolean))
  .pipe(
    z
      .array(
        text()
          .transform((pair) => {
            const at = pair.lastIndexOf(":");
            return { studentId: pair.slice(0, at), reason: pair.slice(at + 1) };
          })
          .pipe(z.object({ studentId: recordId, reason: z.enum(NUDGE_REASONS) })),
      )
      .min(1, RELOAD)
      .max(MAX_NUDGE_RECIPIENTS, RELOAD),
  );

export const nudgeSchema = z.object({
  cohortId: recordId,
  recipients,
  message: text({ error: "Write a message" })
    .trim()
    .min(1, "Write a message")
    .max(NUDGE_MESSAGE_MAX_LENGTH, `Keep the message under ${NUDGE_MESSAGE_MAX_LENGTH} characters`),
  creationKey,
});
export type NudgeInput = z.output<typeof nudgeSchema>;
export const NUDGE_FORM_KEYS = ["cohortId", "recipients", "message", "creationKey"] as const;

export const handledSchema = z.object({
  cohortId: recordId,
  studentId: recordId,
  reason: z.enum(ATTENTION_KINDS, { error: RELOAD }),
  note: text()
    .trim()
    .max(HANDLED_NOTE_MAX_LENGTH, `Keep the note under ${HANDLED_NOTE_MAX_LENGTH} characters`)
    .optional()
    .transform((v) => v ?? ""),
});
export type HandledInput = z.output<typeof handledSchema>;
export const HANDLED_FORM_KEYS = ["cohortId", "studentId", "reason", "note"] as const;

/** The compose page's query: ?student=…&student=…&reason=… (reason optional). */
export const nudgeDraftQuerySchema = z.object({
  student: z
    .union([recordId, z.array(recordId)])
    .transform((v) => [...new Set(Array.isArray(v) ? v : [v])])
    .pipe(z.array(recordId).min(1).max(MAX_NUDGE_RECIPIENTS)),
  reason: z.enum(NUDGE_REASONS).optional().catch(undefined),
});
