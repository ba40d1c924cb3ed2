"use client";

import { ActionForm } from "@/components/action-form";
import { TextArea } from "@/components/text-area";
import { COMMENT_MAX_LENGTH } from "@/lib/validation/comment";
import { addCommentAction } from "../actions";

/** Posts a comment the student will see; on an interview's page it carries that interview's id. */
export function CommentForm({ studentId, interviewId }: { studentId: string; interviewId?: string }) {
  return (
    <ActionForm
      id={interviewId ? `comment-form-${interviewId}` : "comment-form"}
      action={addCommentAction}
      initial={{}}
      hidden={{ studentId, interviewId: interviewId ?? "" }}
      submitLabel="Post comment"
      savedMessage="Comment posted. The student sees it on their home page."
    >
      {(shown, errors) => (
        <TextArea
          name="body"
          label={interviewId ? "Comment on this interview" : "Comment for the student"}
          hint="The student sees your comment with your name. Be specific: what went well, what to try next."
          rows={4}
          maxLength={COMMENT_MAX_LENGTH}
          defaultValue={shown.body ?? ""}
          errors={errors.body}
        />
      )}
    </ActionForm>
  );
}
