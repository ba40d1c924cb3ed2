import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { EMAIL_PROVIDER_ID } from "@/lib/auth/auth";

export const metadata: Metadata = { title: "Confirm sign-in", referrer: "no-referrer" };

type Params = { token?: string; email?: string; callbackUrl?: string };

// Opening this page consumes nothing, so a mail scanner that follows the link cannot use it up. Only the
// button below sends the token to Auth.js.
export default async function ConfirmSignInPage({ searchParams }: { searchParams: Promise<Params> }) {
  const { token, email, callbackUrl } = await searchParams;
  if (!token || !email) {
    return (
      <Card>
        <h1 className="text-2xl font-semibold">This link is incomplete</h1>
        <p className="mt-3 text-slate-700">Copy the whole link from the email, or ask for a new one.</p>
        <Link href="/sign-in" className="link mt-5 inline-block">
          Request a new link
        </Link>
      </Card>
    );
  }
  return (
    <Card>
      <h1 className="text-2xl font-semibold">Sign in to Fieldnotes</h1>
      <p className="mt-3 break-words text-slate-700">
        You are signing in as <strong>{email}</strong>.
      </p>
      <form method="get" action={`/api/auth/callback/${EMAIL_PROVIDER_ID}`} className="mt-5">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
        <Button type="submit" className="w-full">
          Sign in
        </Button>
      </form>
      <p className="mt-4 text-sm text-slate-600">
        Not you? Close this page; nothing happens until you press the button.
      </p>
    </Card>
  );
}
