"use client";

import { ActionForm } from "@/components/action-form";
import { TextArea } from "@/components/text-area";
import { COMMENT_MAX_LENGTH } from "@/lib/validation/form-options";
import { addCommentAction } from "../actions";

/**
 * Posts a comment the student will see; on an interview's page it carries that interview's id. Each post
 * hands back a fresh creation key (rendered from `shown`), so a double click posts once and the next
 * comment is a new one.
 */
export function CommentForm({
  studentId,
  interviewId,
  creationKey,
}: {
  studentId: string;
  interviewId?: string;
  creationKey: string;
}) {
  return (
    <ActionForm
      id={interviewId ? `comment-form-${interviewId}` : "comment-form"}
      action={addCommentAction}
      initial={{ creationKey }}
      hidden={{ studentId, interviewId: interviewId ?? "" }}
      submitLabel="Post comment"
      savedMessage="Comment posted. The student sees it on their home page."
    >
      {(shown, errors) => (
        <>
          {shown.creationKey && <input type="hidden" name="creationKey" value={shown.creationKey} />}
          <TextArea
            name="body"
            label={interviewId ? "Comment on this interview" : "Comment for the student"}
            hint="The student sees your comment with your name. Be specific: what went well, what to try next."
            rows={4}
            maxLength={COMMENT_MAX_LENGTH}
            defaultValue={shown.body ?? ""}
            errors={errors.body}
          />
        </>
      )}
    </ActionForm>
  );
}
