import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { connection } from "next/server";
import { Button } from "@/components/button";
import { EmptyState } from "@/components/empty-state";
import { unsafeListMailbox, unsafeListMailboxRecipients } from "@/lib/data/mailbox";
import { MailMessage } from "./_components/mail-message";

export const metadata: Metadata = { title: "Local mailbox", robots: { index: false } };

type Props = { searchParams: Promise<{ to?: string | string[] }> };

export default async function MailboxPage({ searchParams }: Props) {
  await connection();
  const requested = (await searchParams).to;
  const to = typeof requested === "string" && requested.trim() !== "" ? requested.trim() : undefined;
  const [messages, recipients] = await Promise.all([
    unsafeListMailbox({ to }),
    unsafeListMailboxRecipients(),
  ]);
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-8">
      <div>
        <h1 className="text-2xl font-semibold">Local mailbox</h1>
        <p className="mt-1 text-slate-600">
          This demo server keeps its mail here instead of sending it. Newest first.{" "}
          <Link href="/sign-in" className="link-in-text">
            Back to sign in
          </Link>
        </p>
      </div>
      <form method="get" action="/mailbox" className="flex flex-wrap items-end gap-3" role="search">
        <div className="min-w-0 flex-1 sm:max-w-sm">
          <label htmlFor="mailbox-to" className="block text-sm font-medium text-slate-900">
            Show mail to
          </label>
          <select
            id="mailbox-to"
            name="to"
            defaultValue={to ?? ""}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900"
          >
            <option value="">Everyone</option>
            {to && !recipients.some((r) => r.toLowerCase() === to.toLowerCase()) ? (
              <option value={to}>{to}</option>
            ) : null}
            {recipients.map((recipient) => (
              <option key={recipient} value={recipient}>
                {recipient}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          Show
        </Button>
        {to ? (
          <Link href="/mailbox" className="link py-2 text-sm">
            Show everyone’s mail
          </Link>
        ) : null}
      </form>
      {messages.length === 0 ? (
        <EmptyState title={to ? `No mail to ${to}` : "No mail yet"}>
          Request a sign-in link and it will appear here.
        </EmptyState>
      ) : (
        <ul className="space-y-4">
          {messages.map((message) => (
            <li key={message.id}>
              <MailMessage message={message} nonce={nonce} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
