import "server-only";
import { randomUUID } from "node:crypto";
import nodemailer, { type Transporter } from "nodemailer";
import addressparser from "nodemailer/lib/addressparser";
import MimeNode from "nodemailer/lib/mime-node";
import { encode as encodeBase64, wrap as wrapBase64 } from "nodemailer/lib/base64";
import { encode as encodeQuotedPrintable, wrap as wrapQuotedPrintable } from "nodemailer/lib/qp";
import { unsafeStoreInMailbox } from "@/lib/data/mailbox";
import { getEnv } from "@/lib/env";
import { releaseSingleton, singleton } from "@/lib/singleton";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
};

function smtpTransport(url: string): Transporter {
  // Bounded timeouts: a slow or dead SMTP server must fail the send, not hang the request. They sit next to
  // `url` in one object: a second argument would only be defaults for each message.
  return singleton("smtp", url, () =>
    nodemailer.createTransport({
      url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    }),
  );
}

function pooledSmtpTransport(url: string, connections: number): Transporter {
  // The scheduled jobs send hundreds of messages: a few open connections with several messages in flight
  // instead of a connection per message, each of which waits ~40 ms on TCP delayed ACK.
  return singleton("smtp-pool", `${connections} ${url}`, () =>
    nodemailer.createTransport({
      url,
      pool: true,
      maxConnections: connections,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    }),
  );
}

/**
 * For the scheduled jobs: sends through a pool of `DIGEST_SEND_CONCURRENCY` SMTP connections, so that many
 * sends may be in flight at once (or keeps the message in the local mailbox in mailbox mode).
 */
export async function sendBulkMail(mail: OutgoingMail) {
  const env = getEnv();
  if (env.mailMode === "mailbox") {
    await unsafeStoreInMailbox(mail);
    return;
  }
  const { raw, messageId } = composeMessage({ from: env.MAIL_FROM, ...mail });
  await pooledSmtpTransport(env.SMTP_URL!, env.DIGEST_SEND_CONCURRENCY).sendMail({
    from: env.MAIL_FROM,
    to: mail.to,
    // Named, so that nodemailer does not draw a Message-ID of its own for a message that already has one.
    messageId,
    raw,
  });
}

/** The domain of the sender's address, for Message-IDs, as nodemailer picks it (or its fallback). */
const messageIdDomains = new Map<string, string>();
function messageIdDomain(from: string): string {
  let domain = messageIdDomains.get(from);
  if (domain === undefined) {
    const [first] = addressparser(from, { flatten: true });
    domain = first?.address?.split("@").pop() || "localhost";
    messageIdDomains.set(from, domain);
  }
  return domain;
}

/**
 * The whole message as nodemailer's MailComposer would stream it to the server, built in memory in one go.
 * Streamed, each of its parts (headers, every encoded body slice) is a write of its own on the socket; at digest
 * volume those writes cost more CPU than building the message. Handed over whole (`raw`, with `from` and `to` for
 * the envelope), it goes out in one, unchanged.
 *
 * nodemailer still writes the header block (addresses, encoded words, folding, Date, MIME-Version): the same
 * MimeNode MailComposer would build, asked for its headers only. The two parts are encoded with nodemailer's
 * quoted-printable functions, called once per part, and framed as MimeNode frames a multipart node's children.
 * Composing through MailComposer streamed every message through a pipeline of transforms with a turn of the event
 * loop per part and a check of every character to pick an encoding (same text, see send-mail.test.ts). The Message-ID and the boundary come from one random UUID: nodemailer draws
 * six random values for them, each a call into the system for a few bytes, which showed in the CPU profile.
 */
export function composeMessage(mail: OutgoingMail & { from: string }): { raw: Buffer; messageId: string } {
  const id = randomUUID();
  const messageId = `<${id}@${messageIdDomain(mail.from)}>`;
  const root = new MimeNode("multipart/alternative", { baseBoundary: id.replace(/-/g, "") });
  // In MailComposer's order: the custom headers first, then the addresses, subject and id.
  if (mail.headers) root.addHeader(mail.headers);
  root.setHeader("From", mail.from);
  root.setHeader("To", mail.to);
  root.setHeader("Subject", mail.subject);
  root.setHeader("Message-ID", messageId);
  // buildHeaders adds Date and MIME-Version and sets the boundary.
  const headers = root.buildHeaders();
  const boundary = root.boundary as string;
  const raw =
    `${headers}\r\n\r\n` +
    `--${boundary}\r\n${encodedPart("text/plain; charset=utf-8", mail.text)}\r\n` +
    `--${boundary}\r\n${base64Part("text/html; charset=utf-8", mail.html)}\r\n` +
    `--${boundary}--\r\n`;
  // Headers are ASCII once built (non-ASCII goes out as encoded words) and so are the encoded parts.
  return { raw: Buffer.from(raw, "latin1"), messageId };
}

function encodedPart(contentType: string, content: string): string {
  return (
    `Content-Type: ${contentType}\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n` +
    // nodemailer's own encoder, called once on the whole part instead of through its stream. Line breaks go out
    // as CRLF, as SMTP has them.
    wrapQuotedPrintable(encodeQuotedPrintable(content.replace(/\r?\n/g, "\r\n")), 76)
  );
}

/**
 * The HTML part in base64, which nodemailer itself picks for a part with this much non-ASCII: a third of every
 * digest's HTML is React Email's preview padding (invisible Unicode characters), which quoted-printable writes at
 * up to nine bytes a character and base64 at four thirds of its UTF-8.
 */
function base64Part(contentType: string, content: string): string {
  return (
    `Content-Type: ${contentType}\r\nContent-Transfer-Encoding: base64\r\n\r\n` +
    wrapBase64(encodeBase64(Buffer.from(content, "utf8")), 76)
  );
}

/** Closes the jobs' SMTP connections, for a process that is stopping. */
export function closeBulkMail() {
  releaseSingleton<Transporter>("smtp-pool")?.close();
}

/** Sends through SMTP, or in mailbox mode keeps the message in the local mailbox. */
export async function sendMail(mail: OutgoingMail) {
  const env = getEnv();
  if (env.mailMode === "mailbox") {
    await unsafeStoreInMailbox(mail);
    return;
  }
  await smtpTransport(env.SMTP_URL!).sendMail({ from: env.MAIL_FROM, ...mail });
}
