import Link from "next/link";
import { Card } from "@/components/card";
import { formatMoment } from "@/lib/domain/display-date";
import type { AdvisorComment } from "@/lib/data/advisor/students/comments";

/** "From your advisor" on the home page: the latest comments, each linked to its interview. Nothing when none. */
export function AdvisorComments({
  comments,
  timeZone,
  now,
}: {
  comments: AdvisorComment[];
  timeZone: string;
  now: Date;
}) {
  if (comments.length === 0) return null;
  return (
    <Card title="From your advisor">
      <AdvisorCommentList comments={comments} linkInterviews clock={{ timeZone, now }} />
    </Card>
  );
}

export function AdvisorCommentList({
  comments,
  linkInterviews = false,
  clock = { timeZone: "UTC", now: new Date() },
}: {
  comments: AdvisorComment[];
  linkInterviews?: boolean;
  /** The student's zone and the page's now, for "Yesterday, 14:05". */
  clock?: { timeZone: string; now: Date };
}) {
  return (
    <ul className="space-y-4">
      {comments.map((comment) => (
        <li key={comment.id} className="border-brand-600 border-l-4 pl-3 text-sm">
          <p className="text-xs text-slate-600">
            <span className="font-semibold text-slate-800">{comment.authorName ?? "Your advisor"}</span> ·{" "}
            <time dateTime={comment.createdAt.toISOString()}>
              {formatMoment(comment.createdAt, clock.timeZone, clock.now)}
            </time>
            {linkInterviews && comment.interview && (
              <>
                {" "}
                · about your{" "}
                <Link href={`/interviews/${comment.interview.id}`} className="link-in-text">
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
