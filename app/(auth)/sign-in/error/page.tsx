import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";

export const metadata: Metadata = { title: "Sign-in problem" };

const MESSAGES: Record<string, { title: string; body: string }> = {
  Verification: {
    title: "This sign-in link no longer works",
    body: "Links work once and expire after 15 minutes. Ask for a new one and open it straight away.",
  },
  Confirmation: {
    title: "Please confirm from your email",
    body: "Open the sign-in link from your email again and press Sign in on the page it opens.",
  },
  AccessDenied: {
    title: "This account cannot sign in",
    body: "Fieldnotes is open to invited people and to your institution's addresses. Ask your career centre for an invitation.",
  },
};

const FALLBACK = { title: "We could not sign you in", body: "Please try again in a moment." };

export default async function SignInErrorPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string }>;
}) {
  const { error } = await searchParams;
  // Own keys only: `constructor` or `__proto__` would otherwise find Object.prototype's and render nothing.
  const message = error && Object.hasOwn(MESSAGES, error) ? MESSAGES[error]! : FALLBACK;
  return (
    <Card>
      <h1 className="text-2xl font-semibold">{message.title}</h1>
      <p className="mt-3 text-slate-700">{message.body}</p>
      <Link href="/sign-in" className="link mt-5 inline-block">
        Back to sign in
      </Link>
    </Card>
  );
}
