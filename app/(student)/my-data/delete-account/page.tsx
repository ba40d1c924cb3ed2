import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/button";
import { Card } from "@/components/card";
import { requireStudent } from "@/lib/data/student/scope";
import { DeleteAccountForm } from "./_components/delete-account-form";

export const metadata: Metadata = { title: "Delete my account" };

export default async function DeleteAccountPage() {
  const student = await requireStudent();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <Link href="/my-data" className="link text-sm">
          Back to My data
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">Delete my account</h1>
        <p className="mt-1 text-slate-600">This cannot be undone.</p>
      </div>

      <Card title="First, take a copy">
        <p className="text-slate-700">
          Once your account is deleted nobody can get your records back, not even an administrator. Download
          them now if you may want them later.
        </p>
        <ul className="mt-4 flex flex-wrap gap-3">
          <li>
            <a href="/my-data/export.json" className={buttonClass("secondary")} download>
              Download everything (JSON)
            </a>
          </li>
          <li>
            <a href="/my-data/export.zip" className={buttonClass("secondary")} download>
              Download spreadsheets (CSV files, zipped)
            </a>
          </li>
        </ul>
      </Card>

      <Card title="What is deleted">
        <ul className="list-disc space-y-1 pl-5 text-slate-700">
          <li>
            Everything you entered: career fields, organizations, contacts, outreach, your pitch and
            questions, interviews and their notes, follow-ups and journal entries.
          </li>
          <li>Your place in your cohorts, your advisors’ comments on your work, and your weekly digests.</li>
          <li>Your name and email address. You are signed out everywhere.</li>
        </ul>
        <p className="mt-3 text-sm text-slate-600">
          The audit log keeps a line saying an account was deleted, and the lines it already had about who
          viewed your records, without any of their content. That log is a legal record and cannot be changed.
        </p>
      </Card>

      <Card title="Delete">
        <DeleteAccountForm email={student.email} />
      </Card>
    </div>
  );
}
