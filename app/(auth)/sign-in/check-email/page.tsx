import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Card } from "@/components/card";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Check your email" };

// The same answer whether or not the address has an account: nobody learns who is registered.
export default async function CheckEmailPage() {
  await connection();
  const mailbox = getEnv().mailMode === "mailbox";
  return (
    <Card>
      <h1 className="text-2xl font-semibold">Check your email</h1>
      <p className="mt-3 text-slate-700">
        If that address can sign in to Fieldnotes, a sign-in link is on its way. It works once, for 15
        minutes.
      </p>
      {mailbox && (
        <p className="mt-3 text-slate-700">
          This demo keeps mail in the{" "}
          <Link href="/mailbox" className="link-in-text">
            local mailbox
          </Link>
          .
        </p>
      )}
      <p className="mt-5 text-sm text-slate-600">
        Nothing arrived?{" "}
        <Link href="/sign-in" className="link-in-text">
          Try again
        </Link>{" "}
        or check your spam folder.
      </p>
    </Card>
  );
}
