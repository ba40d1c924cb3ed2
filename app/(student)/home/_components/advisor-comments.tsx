import Link from "next/link";
import { Card } from "@/components/card";
import { listMyAdvisorComments, type AdvisorComment } from "@/lib/data/advisor/students/comments";

const HOME_LIMIT = 5;
const postedOn = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** "From your advisor" on the home page: the latest comments, each linked to its interview. Nothing when none. */
export async function AdvisorComments() {
  const comments = await listMyAdvisorComments({ limit: HOME_LIMIT });
  if (comments.length === 0) return null;
  return (
    <Card title="From your advisor">
      <AdvisorCommentList comments={comments} linkInterviews />
    </Card>
  );
}

export function AdvisorCommentList({
  comments,
  linkInterviews = false,
}: {
  comments: AdvisorComment[];
  linkInterviews?: boolean;
}) {
  return (
    <ul className="space-y-4">
      {comments.map((comment) => (
        <li key={comment.id} className="border-brand-600 border-l-4 pl-3 text-sm">
          <p className="text-xs text-slate-600">
            <span className="font-semibold text-slate-800">{comment.authorName ?? "Your advisor"}</span> ·{" "}
            <time dateTime={comment.createdAt.toISOString()}>{postedOn.format(comment.createdAt)}</time>
            {linkInterviews && comment.interview && (
              <>
                {" "}
                · about your{" "}
                <Link href={`/interviews/${comment.interview.id}`} className="text-brand-700 underline">
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
