import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Button } from "@/components/button";
import { TextField } from "@/components/text-field";
import { normaliseJoinCode } from "@/lib/validation/cohort";

export const metadata: Metadata = { title: "Join a cohort", robots: { index: false } };

// For a code read off a slide or an email: a plain GET form, so it works before any script loads. A code in
// the right shape goes to its join page, which decides whether it still works; anything else is explained
// next to the field with what was typed kept.
export default async function EnterJoinCodePage({
  searchParams,
}: {
  searchParams: Promise<{ code?: string | string[] }>;
}) {
  const raw = (await searchParams).code;
  const typed = Array.isArray(raw) ? (raw[0] ?? "") : raw;
  if (typed !== undefined) {
    const code = normaliseJoinCode(typed);
    if (code) redirect(`/join/${code}`);
  }
  const error =
    typed === undefined
      ? undefined
      : ["Enter the 8-character code your advisor gave you, for example K7QM 2XPA."];
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="mb-1 text-2xl font-semibold">Join a cohort</h1>
      <p className="mb-5 text-slate-600">
        Your advisor’s code is 8 letters and digits. Case and spaces don’t matter.
      </p>
      <form method="get" action="/join" className="space-y-5" noValidate>
        <TextField
          name="code"
          label="Cohort code"
          autoComplete="off"
          autoCapitalize="characters"
          defaultValue={typed ?? ""}
          errors={error}
          required
        />
        <Button type="submit">Continue</Button>
      </form>
    </div>
  );
}
