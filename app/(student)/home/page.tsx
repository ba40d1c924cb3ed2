import type { Metadata } from "next";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { getStudentOverview } from "@/lib/data/student-overview";

export const metadata: Metadata = { title: "Home" };

const STEPS = [
  "Research fields and organizations",
  "Identify people to talk to",
  "Prepare your pitch and questions",
  "Reach out",
  "Hold the interview",
  "Follow up and keep in touch",
];

export default async function StudentHomePage() {
  const overview = await getStudentOverview();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Welcome, {overview.name ?? overview.email}</h1>
        <p className="mt-1 text-slate-600">
          {overview.cohorts.length > 0
            ? `You are in ${overview.cohorts.map((c) => `${c.name} (${c.term})`).join(", ")}.`
            : "You are not in a cohort yet. Your advisor can send you an invite link."}
        </p>
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Due this week">
          <EmptyState title="Nothing due yet">
            Thank-you notes, follow-ups and interviews you schedule will show up here with their dates.
          </EmptyState>
        </Card>
        <Card title="The six steps">
          <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
            {STEPS.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </Card>
      </div>
    </div>
  );
}
