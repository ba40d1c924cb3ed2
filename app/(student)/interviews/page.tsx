import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import {
  getMyTimeZone,
  listMyInterviews,
  type InterviewSummary,
} from "@/lib/data/student/interviews/interviews";
import { formatInterviewTime } from "@/lib/domain/display-date";
import { INTERVIEW_FORMAT_LABEL, INTERVIEW_STATUS_LABEL } from "@/lib/domain/vocabulary";

export const metadata: Metadata = { title: "Interviews" };

export default async function InterviewsPage() {
  const now = new Date();
  const [{ upcoming, past }, timeZone] = await Promise.all([listMyInterviews(now), getMyTimeZone()]);
  const viewer = { timeZone, now };
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Interviews</h1>
        <p className="mt-1 text-slate-600">Step 5: the conversations themselves, and what you learned.</p>
      </div>
      {upcoming.length === 0 && past.length === 0 ? (
        <EmptyState title="No interviews yet">
          When someone agrees to talk, open their page under{" "}
          <Link href="/contacts" className="link-in-text">
            Contacts
          </Link>{" "}
          and choose “Schedule an interview”.
        </EmptyState>
      ) : (
        <>
          <InterviewList title="Upcoming" items={upcoming} viewer={viewer} empty="Nothing scheduled." />
          <InterviewList title="Past" items={past} viewer={viewer} empty="None yet." />
        </>
      )}
    </div>
  );
}

function InterviewList(props: {
  title: string;
  items: InterviewSummary[];
  viewer: { timeZone: string; now: Date };
  empty: string;
}) {
  return (
    <Card title={props.title}>
      {props.items.length === 0 ? (
        <p className="text-sm text-slate-600">{props.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {props.items.map((i) => (
            <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <div>
                <Link href={`/interviews/${i.id}`} className="link font-medium">
                  {i.contactName}
                </Link>
                {i.organizationName && <span className="text-slate-600"> · {i.organizationName}</span>}
                <p className="text-sm text-slate-600">
                  <time dateTime={i.startsAt.toISOString()}>
                    {formatInterviewTime(i.startsAt, i.timeZone, props.viewer)}
                  </time>{" "}
                  · {INTERVIEW_FORMAT_LABEL[i.format]}
                </p>
              </div>
              <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-800">
                {INTERVIEW_STATUS_LABEL[i.status]}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
