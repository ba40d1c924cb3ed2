import { Card } from "@/components/card";
import type { MailboxMessage } from "@/lib/data/mailbox";
import { formatMoment } from "@/lib/domain/display-date";
import { mailPreviewDocument, mailPreviewHeight } from "@/lib/email/mail-preview-document";
import { LinkedText } from "./linked-text";

/** One mail as its reader gets it: the designed HTML part and, beside it, the plain-text part. */
export function MailMessage({ message, nonce }: { message: MailboxMessage; nonce: string | undefined }) {
  return (
    <Card>
      <article aria-label={`${message.subject} to ${message.to}`}>
        <h2 className="text-base font-semibold">{message.subject}</h2>
        <p className="text-sm text-slate-600">
          To <span className="font-mono break-all">{message.to}</span> ·{" "}
          {/* The demo's mailbox belongs to nobody's zone: UTC, said so, never the server's own. */}
          {`${formatMoment(message.createdAt, "UTC", new Date())} UTC`}
        </p>
        <div className="mt-4 grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          {message.html ? (
            <section aria-label="HTML part">
              <h3 className="mb-2 text-xs font-medium tracking-wide text-slate-600 uppercase">As designed</h3>
              {/* No allow-scripts, no allow-same-origin: the mail runs nothing and reaches nothing of the app.
                  A click on a link opens it as a mail client would: the button (target=_blank) in a new tab
                  that is free of the sandbox, a plain link in this tab. Not loading="lazy": a frame that never
                  loads keeps axe (and anything else that waits for frames) waiting for it. */}
              <iframe
                title={`${message.subject} (HTML part)`}
                sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"
                srcDoc={mailPreviewDocument(message.html, nonce)}
                className="w-full rounded-md border border-slate-200 bg-white"
                style={{ height: `${mailPreviewHeight(message.text)}px` }}
              />
            </section>
          ) : null}
          <section aria-label="Plain-text part" className={message.html ? "" : "lg:col-span-2"}>
            <h3 className="mb-2 text-xs font-medium tracking-wide text-slate-600 uppercase">Plain text</h3>
            <div className="text-sm whitespace-pre-wrap text-slate-800">
              <LinkedText text={message.text} />
            </div>
          </section>
        </div>
      </article>
    </Card>
  );
}
