import "server-only";
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import MailComposer from "nodemailer/lib/mail-composer";
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
  const message: SendMailOptions = {
    from: env.MAIL_FROM,
    // What nodemailer picks anyway for our mostly-Latin mail, named so that it does not scan every body to
    // choose: at digest volume that scan showed in the job's CPU profile.
    textEncoding: "quoted-printable",
    ...mail,
  };
  await pooledSmtpTransport(env.SMTP_URL!, env.DIGEST_SEND_CONCURRENCY).sendMail({
    from: message.from,
    to: message.to,
    raw: await composeMessage(message),
  });
}

/**
 * The whole message as nodemailer would stream it to the server, built in memory first. Streamed, each of its
 * parts (headers, every encoded body slice) is a write of its own on the socket; at digest volume those writes
 * cost more CPU than building the message. Handed over whole (`raw`, with `from` and `to` for the envelope),
 * it goes out in one, unchanged.
 */
export function composeMessage(message: SendMailOptions): Promise<Buffer> {
  return new MailComposer(message).compile().build();
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
