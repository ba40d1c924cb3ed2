import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { listDigestProblems } from "@/lib/data/admin/digest-problems";

export const metadata: Metadata = { title: "Digests" };

const STATUS_LABEL = { pending: "Waiting to retry", sending: "Being sent", failed: "Failed" } as const;
const KIND_LABEL = { student: "Student digest", advisor: "Advisor digest" } as const;
const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

// Digests go out by themselves; this page is for the ones that have not: what failed for good after its
// retries, and what is still waiting, with the last error the mail server gave.
export default async function DigestsPage() {
  const problems = await listDigestProblems();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-bold">Weekly digests</h1>
        <Link href="/admin/digests/preview" className="text-brand-700 text-sm font-semibold underline">
          Preview a digest or send a test to yourself
        </Link>
      </div>
      <Card title="Not delivered yet">
        {problems.length === 0 ? (
          <p className="text-sm text-slate-600">Every digest queued so far has been sent. Nothing to do.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm">
              <thead className="text-left">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    Recipient
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Digest
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Week of
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Status
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Attempts
                  </th>
                  <th scope="col" className="py-2">
                    Last error
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {problems.map((row) => (
                  <tr key={row.id}>
                    <td className="py-2 pr-3">{row.recipientName ?? row.recipientEmail}</td>
                    <td className="py-2 pr-3 whitespace-nowrap">{KIND_LABEL[row.kind]}</td>
                    <td className="py-2 pr-3 whitespace-nowrap">{row.weekStart}</td>
                    <td className="py-2 pr-3 whitespace-nowrap">
                      {STATUS_LABEL[row.status as keyof typeof STATUS_LABEL] ?? row.status}
                      {row.status === "pending" && ` (next try ${when.format(row.nextAttemptAt)} UTC)`}
                    </td>
                    <td className="py-2 pr-3">{row.attempts}</td>
                    <td className="py-2 break-all text-slate-700">{row.lastError ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
