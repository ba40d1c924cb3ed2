import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { unsafeListMailbox } from "@/lib/data/mailbox";

export const metadata: Metadata = { title: "Local mailbox", robots: { index: false } };

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Plain text with its http(s) addresses made clickable; nothing else is interpreted. */
function LinkedText({ text }: { text: string }) {
  return (
    <>
      {text.split(URL_PATTERN).map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} className="text-brand-700 break-all underline">
            {part}
          </a>
        ) : (
          <span key={index}>{part}</span>
        ),
      )}
    </>
  );
}

const timeFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export default async function MailboxPage() {
  await connection();
  const messages = await unsafeListMailbox();
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <div>
        <h1 className="text-2xl font-bold">Local mailbox</h1>
        <p className="mt-1 text-slate-600">
          This demo server keeps its mail here instead of sending it. Newest first.{" "}
          <Link href="/sign-in" className="text-brand-700 font-semibold underline">
            Back to sign in
          </Link>
        </p>
      </div>
      {messages.length === 0 ? (
        <EmptyState title="No mail yet">Request a sign-in link and it will appear here.</EmptyState>
      ) : (
        <ul className="space-y-4">
          {messages.map((message) => (
            <li key={message.id}>
              <Card>
                <article aria-label={`${message.subject} to ${message.to}`}>
                  <h2 className="font-semibold">{message.subject}</h2>
                  <p className="text-sm text-slate-600">
                    To <span className="font-mono">{message.to}</span> ·{" "}
                    {timeFormat.format(message.createdAt)}
                  </p>
                  <div className="mt-3 text-sm whitespace-pre-wrap text-slate-800">
                    <LinkedText text={message.text} />
                  </div>
                </article>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
