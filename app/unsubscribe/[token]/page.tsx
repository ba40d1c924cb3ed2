import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { describeUnsubscribeToken } from "@/lib/data/digests/preferences";
import { UNSUBSCRIBE_MAIL_NAME } from "@/lib/domain/unsubscribe-token";
import { unsubscribeAction } from "./actions";
import { routeParam } from "@/app/_lib/route-param";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

// Public: opened from a mail, with or without a session. Showing this page changes nothing (mail scanners
// open links); only the button, or a one-click POST from the mail client, turns the mail off.
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const token = routeParam((await params).token);
  const target = await describeUnsubscribeToken(token);
  if (!target) notFound();
  const name = UNSUBSCRIBE_MAIL_NAME[target.kind];
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-12">
      <Card>
        <h1 className="text-2xl font-semibold">Unsubscribe</h1>
        {target.off ? (
          <p className="mt-3 text-slate-700" role="status">
            You no longer get the {name}. You can turn it back on in{" "}
            <Link href="/settings/notifications" className="link-in-text">
              your notification settings
            </Link>
            .
          </p>
        ) : (
          <>
            <p className="mt-3 text-slate-700">Stop getting the {name} from Fieldnotes?</p>
            <form action={unsubscribeAction} className="mt-6">
              <input type="hidden" name="token" value={token} />
              <Button type="submit">Unsubscribe</Button>
            </form>
          </>
        )}
      </Card>
    </main>
  );
}
