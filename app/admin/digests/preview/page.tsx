import type { Metadata } from "next";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { SelectField } from "@/components/select-field";
import { listDigestRecipients, previewDigest } from "@/lib/data/admin/digest-preview";
import { digestPreviewSchema } from "@/lib/validation/digest-preferences";
import { SendTestForm } from "./_components/send-test-form";

export const metadata: Metadata = { title: "Digest preview" };

const KIND_OPTIONS = [
  { value: "student", label: "Student digest" },
  { value: "advisor", label: "Advisor digest" },
];

export default async function DigestPreviewPage({
  searchParams,
}: {
  searchParams: Promise<{ user?: string; kind?: string }>;
}) {
  const { user, kind } = await searchParams;
  const people = await listDigestRecipients();
  const chosen = digestPreviewSchema.safeParse({ userId: user ?? "", kind: kind ?? "" });
  const preview = chosen.success ? await previewDigest(chosen.data) : undefined;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">Digest preview</h1>
        <p className="mt-1 text-slate-600">This week&apos;s digest for someone, as it would be sent now.</p>
      </div>
      <Card>
        <form method="get" className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
          <SelectField
            name="user"
            label="Person"
            options={[
              { value: "", label: "Choose a person" },
              ...people.map((p) => ({ value: p.id, label: p.label })),
            ]}
            defaultValue={user ?? ""}
          />
          <SelectField name="kind" label="Digest" options={KIND_OPTIONS} defaultValue={kind ?? "student"} />
          <Button type="submit">Preview</Button>
        </form>
      </Card>
      {chosen.success && (
        <Card title={preview ? preview.subject : "Nothing to send"}>
          {preview ? (
            <div className="space-y-4">
              <iframe
                title="Digest preview"
                srcDoc={preview.html}
                sandbox=""
                className="h-[36rem] w-full rounded border border-slate-200 bg-white"
              />
              <SendTestForm userId={chosen.data.userId} kind={chosen.data.kind} />
            </div>
          ) : (
            <p className="text-slate-700">
              No digest this week: nothing to report, the digest is turned off, the account is inactive, or
              the person does not get this kind of digest.
            </p>
          )}
        </Card>
      )}
    </div>
  );
}
