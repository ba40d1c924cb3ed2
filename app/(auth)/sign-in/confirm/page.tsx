import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { EMAIL_PROVIDER_ID } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/domain/callback-url";
import { getEnv } from "@/lib/env";
import { ConfirmSignInForm } from "./_components/confirm-sign-in-form";

// The URL carries the token: no Referer leaves for another site. "same-origin", not "no-referrer": under
// no-referrer a browser sends `Origin: null` with the form's POST, and the callback needs our origin there.
export const metadata: Metadata = { title: "Confirm sign-in", referrer: "same-origin" };

type Params = { token?: string; email?: string; callbackUrl?: string };

// Opening this page consumes nothing, so a mail scanner that follows the link cannot use it up. Only the
// button below sends the token to Auth.js, by a same-origin POST with a CSRF token (email-callback-guard.ts).
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
  const query = new URLSearchParams({ token, email });
  if (callbackUrl) query.set("callbackUrl", safeCallbackPath(callbackUrl, getEnv().APP_URL));
  return (
    <Card>
      <h1 className="text-2xl font-semibold">Sign in to Fieldnotes</h1>
      <p className="mt-3 break-words text-slate-700">
        You are signing in as <strong>{email}</strong>.
      </p>
      <ConfirmSignInForm action={`/api/auth/callback/${EMAIL_PROVIDER_ID}?${query}`} />
      <p className="mt-4 text-sm text-slate-600">
        Not you? Close this page; nothing happens until you press the button.
      </p>
    </Card>
  );
}
