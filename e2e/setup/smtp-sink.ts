import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

/** Recipients whose local part starts with this are accepted only after SLOW_RECIPIENT_DELAY_MS. */
export const SLOW_RECIPIENT_PREFIX = "slow-";
export const SLOW_RECIPIENT_DELAY_MS = 5000;

export type SinkedMessage = { from: string | null; to: string[]; raw: string; receivedAt: string };

/**
 * A real SMTP server that accepts every message without authentication and writes it to `mailDir` as
 * `<n>.json`. The file is written before the server answers 250, so when the app's send has returned, the
 * message is on disk. It accepts a `slow-…` recipient only after a delay: a slow mail server, to show the
 * app's answers never wait for one.
 */
export async function startSmtpSink(port: number, mailDir: string) {
  fs.mkdirSync(mailDir, { recursive: true });
  let counter = 0;
  const server = new SMTPServer({
    authOptional: true,
    // Without a trusted certificate nodemailer would refuse the upgrade it is offered; plain SMTP on loopback.
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    disableReverseLookup: true,
    onRcptTo(address, _session, callback) {
      if (address.address.toLowerCase().startsWith(SLOW_RECIPIENT_PREFIX)) {
        setTimeout(() => callback(), SLOW_RECIPIENT_DELAY_MS);
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        counter += 1;
        const from = session.envelope.mailFrom;
        const message: SinkedMessage = {
          from: from ? from.address : null,
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          raw: Buffer.concat(chunks).toString("utf8"),
          receivedAt: new Date().toISOString(),
        };
        const file = path.join(mailDir, `${String(counter).padStart(6, "0")}.json`);
        fs.writeFileSync(`${file}.tmp`, JSON.stringify(message));
        fs.renameSync(`${file}.tmp`, file);
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
