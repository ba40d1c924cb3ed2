import { z } from "zod";
import { creationKey, optionalId, text } from "./fields";
import { COMMENT_MAX_LENGTH } from "./form-options";

// The student (and interview) a comment is about come from hidden fields; lib/data decides whether the
// signed-in advisor may comment there, so a tampered id meets the same 404 as a missing one.
export const commentSchema = z.object({
  studentId: text({ error: "Reload the page and try again" }).trim().min(1, "Reload the page and try again"),
  interviewId: optionalId,
  body: text({ error: "Write a comment" })
    .trim()
    .min(1, "Write a comment")
    .max(COMMENT_MAX_LENGTH, `Keep your comment under ${COMMENT_MAX_LENGTH} characters`),
  creationKey,
});

export type CommentInput = z.output<typeof commentSchema>;
export const COMMENT_FORM_KEYS = ["studentId", "interviewId", "body", "creationKey"] as const;
