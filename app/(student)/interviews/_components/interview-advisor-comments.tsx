import { Card } from "@/components/card";
import { listMyAdvisorComments } from "@/lib/data/advisor/students/comments";
import { AdvisorCommentList } from "../../home/_components/advisor-comments";

/** The advisor's comments on this interview, if any; nothing at all when there are none. */
export async function InterviewAdvisorComments({ interviewId }: { interviewId: string }) {
  const comments = await listMyAdvisorComments({ interviewId });
  if (comments.length === 0) return null;
  return (
    <Card title="From your advisor">
      <AdvisorCommentList comments={comments} />
    </Card>
  );
}
