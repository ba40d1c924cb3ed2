import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";

export const metadata: Metadata = { title: "Account deleted" };

export default function AccountDeletedPage() {
  return (
    <Card>
      <h1 className="text-2xl font-semibold">Your account has been deleted</h1>
      <p className="mt-3 text-slate-700">
        Everything you kept in Fieldnotes has been removed and you are signed out. If your address may still
        sign in (an invite, or your university&apos;s domain), signing in again starts a new, empty account.
      </p>
      <Link href="/sign-in" className="link mt-5 inline-block">
        Go to sign in
      </Link>
    </Card>
  );
}
