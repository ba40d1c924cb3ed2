import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { unsafeStoreInMailbox } from "@/lib/data/mailbox";
import { getEnv } from "@/lib/env";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
};

const holder = globalThis as unknown as { __fieldnotesSmtp?: { url: string; transport: Transporter } };

function smtpTransport(url: string): Transporter {
  if (holder.__fieldnotesSmtp?.url !== url) {
    // Bounded timeouts: a slow or dead SMTP server must fail the send, not hang the request. They sit next
    // to `url` in one object: a second argument would only be defaults for each message.
    const transport = nodemailer.createTransport({
      url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    holder.__fieldnotesSmtp = { url, transport };
  }
  return holder.__fieldnotesSmtp.transport;
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
