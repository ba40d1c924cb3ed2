import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { unsafeListDemoAccounts } from "@/lib/data/sign-in/demo-accounts";
import { getEnv } from "@/lib/env";
import { signInWithSsoAction } from "./actions";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  await connection();
  const { callbackUrl } = await searchParams;
  const env = getEnv();
  const demoAccounts = await unsafeListDemoAccounts();
  return (
    <div className="space-y-6">
      <Card>
        <h1 className="mb-1 text-2xl font-bold">Sign in</h1>
        <p className="mb-5 text-sm text-slate-600">
          We will email you a link that signs you in. No password needed.
        </p>
        <SignInForm callbackUrl={callbackUrl} />
        {env.oidc && (
          <>
            <div className="my-5 flex items-center gap-3 text-xs text-slate-500" aria-hidden="true">
              <span className="h-px flex-1 bg-slate-200" /> or <span className="h-px flex-1 bg-slate-200" />
            </div>
            <form action={signInWithSsoAction}>
              <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
              <Button type="submit" variant="secondary" className="w-full">
                Continue with {env.oidc.name}
              </Button>
            </form>
          </>
        )}
      </Card>
      {env.mailMode === "mailbox" && (
        <Card title="Trying the demo?">
          <p className="text-sm text-slate-700">
            This server keeps mail in a{" "}
            <Link href="/mailbox" className="text-brand-700 font-semibold underline">
              local mailbox
            </Link>{" "}
            instead of sending it. Request a link for one of these accounts, then open it there.
          </p>
          {demoAccounts.length > 0 && (
            <ul className="mt-3 divide-y divide-slate-100 text-sm">
              {demoAccounts.map((account) => (
                <li key={account.email} className="flex flex-wrap justify-between gap-x-3 py-2">
                  <span className="font-mono break-all">{account.email}</span>
                  <span className="text-slate-600 capitalize">{account.role}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
    </div>
  );
}
