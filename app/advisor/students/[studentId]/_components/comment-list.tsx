import Link from "next/link";
import type { AdvisorComment } from "@/lib/data/advisor/students/comments";

const postedAt = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Comments newest first; on the student page each one about an interview links to it. */
export function CommentList({
  comments,
  interviewHref,
  empty,
}: {
  comments: AdvisorComment[];
  /** Where a comment's interview lives, or omitted where every comment is about the interview shown. */
  interviewHref?: (interviewId: string) => string;
  empty: string;
}) {
  if (comments.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="space-y-4">
      {comments.map((comment) => (
        <li key={comment.id} className="border-l-4 border-slate-200 pl-3 text-sm">
          <p className="text-xs text-slate-600">
            <span className="font-semibold text-slate-800">{comment.authorName ?? "An advisor"}</span> ·{" "}
            <time dateTime={comment.createdAt.toISOString()}>{postedAt.format(comment.createdAt)} UTC</time>
            {comment.interview && interviewHref && (
              <>
                {" "}
                · on the{" "}
                <Link href={interviewHref(comment.interview.id)} className="text-brand-700 underline">
                  interview with {comment.interview.contactName}
                </Link>
              </>
            )}
          </p>
          <p className="mt-1 break-words whitespace-pre-wrap text-slate-900">{comment.body}</p>
        </li>
      ))}
    </ul>
  );
}
