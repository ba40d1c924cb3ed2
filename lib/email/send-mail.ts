import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { unsafeStoreInMailbox } from "@/lib/data/mailbox";
import { getEnv } from "@/lib/env";
import { singleton } from "@/lib/singleton";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
};

function smtpTransport(url: string): Transporter {
  // Bounded timeouts: a slow or dead SMTP server must fail the send, not hang the request.
  return singleton("smtp", url, () =>
    nodemailer.createTransport(url, {
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    }),
  );
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
