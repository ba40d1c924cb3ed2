import { Card } from "@/components/card";
import type { AdvisorComment } from "@/lib/data/advisor/students/comments";
import { AdvisorCommentList } from "../../home/_components/advisor-comments";

/** The advisor's comments on this interview, if any; nothing at all when there are none. */
export function InterviewAdvisorComments({ comments }: { comments: AdvisorComment[] }) {
  if (comments.length === 0) return null;
  return (
    <Card title="From your advisor">
      <AdvisorCommentList comments={comments} />
    </Card>
  );
}
