import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { requireStudent } from "@/lib/data/student/scope";
import { ContactImport } from "./_components/contact-import";
import { buttonClass } from "@/components/button";

export const metadata: Metadata = { title: "My data" };

const downloadLink = buttonClass("secondary");

export default async function MyDataPage() {
  await requireStudent();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">My data</h1>
        <p className="mt-1 text-slate-600">
          Take everything you have entered with you, or bring contacts in.
        </p>
      </div>

      <Card title="Export">
        <p className="text-slate-700">
          The export holds everything you have entered: your elevator pitch and time zone, career fields,
          organizations, contacts, outreach, your own questions, interviews with their chosen questions and
          notes, follow-ups and journal entries — private notes included, so keep the file somewhere safe. It
          never contains anyone else’s records.
        </p>
        <ul className="mt-4 flex flex-wrap gap-3">
          <li>
            <a href="/my-data/export.json" className={downloadLink} download>
              Download everything (JSON)
            </a>
          </li>
          <li>
            <a href="/my-data/export.zip" className={downloadLink} download>
              Download spreadsheets (CSV files, zipped)
            </a>
          </li>
        </ul>
        <p className="mt-3 text-sm text-slate-600">
          JSON is one file for other programs. The zip holds one CSV per kind of record for a spreadsheet; a
          cell that would start with = + - or @ begins with an apostrophe so it can’t run as a formula.
        </p>
      </Card>

      <Card title="Import contacts">
        <ContactImport />
      </Card>

      <Card title="Who has seen my records">
        <p className="text-slate-700">
          Advisors of your cohorts can read your records (never your private notes, nor your contacts’ email
          addresses and phone numbers). Every time they do, it is written down.{" "}
          <Link href="/my-data/views" className="link-in-text">
            See who viewed your records
          </Link>
          .
        </p>
      </Card>

      <Card title="Delete my account">
        <p className="text-slate-700">
          Remove your account and everything in it for good. You can download your data first.
        </p>
        <Link href="/my-data/delete-account" className={`${buttonClass("secondary")} mt-4`}>
          Delete my account…
        </Link>
      </Card>
    </div>
  );
}
