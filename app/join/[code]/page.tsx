import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { signInWithSsoAction } from "@/app/(auth)/sign-in/actions";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { HOME_PATH } from "@/lib/auth/permissions";
import { getJoinPage } from "@/lib/data/join/join-cohort";
import { getEnv } from "@/lib/env";
import { joinCohortAction } from "./actions";
import { JoinEmailForm } from "./_components/join-email-form";
import { routeParam } from "@/app/_lib/route-param";

export const metadata: Metadata = { title: "Join a cohort", robots: { index: false } };

const ROLE_PHRASE = { advisor: "an advisor", admin: "an admin" } as const;

const linkClass = "link";

export default async function JoinPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ joined?: string }>;
}) {
  await connection();
  const [{ code: rawCode }, { joined }] = await Promise.all([params, searchParams]);
  const code = routeParam(rawCode);
  const view = await getJoinPage(code);

  if (view.kind === "throttled") {
    const minutes = Math.max(1, Math.ceil(view.retryAfterSeconds / 60));
    return (
      <Card>
        <h1 className="text-2xl font-semibold">Too many codes tried</h1>
        <p className="mt-3 text-slate-700">
          Several codes that do not work were tried from this connection. Please wait {minutes} minute
          {minutes === 1 ? "" : "s"}, then open the link your advisor sent again.
        </p>
      </Card>
    );
  }

  if (view.kind === "invalid") {
    // Missing, expired, revoked or for an archived cohort: one answer, so no code can be probed.
    return (
      <Card>
        <h1 className="text-2xl font-semibold">This link no longer works</h1>
        <p className="mt-3 text-slate-700">Ask your advisor for a new link to join their cohort.</p>
        <p className="mt-5 text-sm">
          <Link href="/" className={linkClass}>
            Go to Fieldnotes
          </Link>
        </p>
      </Card>
    );
  }

  if (view.kind === "staff") {
    return (
      <Card>
        <h1 className="text-2xl font-semibold">This link is for students</h1>
        <p className="mt-3 text-slate-700">
          It lets students join {view.cohortName}. You are signed in as {ROLE_PHRASE[view.role]}, so nothing
          was changed. To try it as a student, open it in a private window.
        </p>
        <p className="mt-5 text-sm">
          <Link href={HOME_PATH[view.role]} className={linkClass}>
            Go to your home page
          </Link>
        </p>
      </Card>
    );
  }

  if (view.kind === "student") {
    return (
      <Card>
        {view.enrolled ? (
          <>
            <h1 className="text-2xl font-semibold">You are in {view.cohortName}</h1>
            <p role="status" className="mt-3 text-slate-700">
              {joined ? "You joined the cohort." : "You are already a member of this cohort."} Your advisor
              can now follow your progress, and your home page shows the cohort’s goals.
            </p>
            <p className="mt-5">
              <Link href="/home" className={linkClass}>
                Go to your home page
              </Link>
            </p>
          </>
        ) : (
          <>
            <h1 className="text-2xl font-semibold">Join {view.cohortName}</h1>
            <p className="mt-3 text-slate-700">
              Your advisor will see your progress: contacts, outreach, interviews and thank-yous. Notes you
              mark private stay private.
            </p>
            <form action={joinCohortAction} className="mt-5">
              <input type="hidden" name="code" value={view.code} />
              <Button type="submit" className="w-full">
                Join {view.cohortName}
              </Button>
            </form>
          </>
        )}
      </Card>
    );
  }

  const env = getEnv();
  return (
    <Card>
      <h1 className="mb-1 text-2xl font-semibold">Join {view.cohortName}</h1>
      <p className="mb-5 text-sm text-slate-600">
        Enter your email address. We will send you a link that signs you in and brings you back here.
      </p>
      <JoinEmailForm code={view.code} />
      {env.oidc && (
        <>
          <div className="my-5 flex items-center gap-3 text-xs text-slate-500" aria-hidden="true">
            <span className="h-px flex-1 bg-slate-200" /> or <span className="h-px flex-1 bg-slate-200" />
          </div>
          <form action={signInWithSsoAction}>
            <input type="hidden" name="callbackUrl" value={`/join/${view.code}`} />
            <Button type="submit" variant="secondary" className="w-full">
              Continue with {env.oidc.name}
            </Button>
          </form>
        </>
      )}
    </Card>
  );
}
