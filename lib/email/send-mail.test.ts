import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { composeMessage } from "./send-mail";

// The message is the same whether nodemailer streams it or it is composed whole first; only what is new per
// message (its id, date and MIME boundaries) differs between two builds.
function withoutPerMessageValues(raw: Buffer): string {
  const text = raw.toString("utf8");
  const boundaries = [...text.matchAll(/boundary="([^"]+)"/g)].map((m) => m[1]!);
  let normal = text.replace(/^Message-ID: .*$/m, "Message-ID: <id>").replace(/^Date: .*$/m, "Date: <date>");
  boundaries.forEach((boundary, n) => (normal = normal.split(boundary).join(`<boundary ${n}>`)));
  return normal;
}

describe("composeMessage", () => {
  it("builds byte for byte the message nodemailer would send, long lines and non-Latin text included", async () => {
    const mail = {
      from: "Fieldnotes <no-reply@fieldnotes.local>",
      to: "zoe@uni.example",
      subject: "Your week in Fieldnotes: 2 overdue – Zoë",
      textEncoding: "quoted-printable" as const,
      html: `<p>${"Ana López & co. ".repeat(200)}</p>\u00a0\u200c\u200b`,
      text: `Hi Zoë\n.\nA line that starts with a dot\n${"x".repeat(300)}`,
      headers: {
        "List-Unsubscribe": "<https://fieldnotes.example/unsubscribe/abc.def>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    };
    const streamed = await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail(mail);
    const composed = await composeMessage(mail);
    expect(withoutPerMessageValues(composed)).toBe(withoutPerMessageValues(streamed.message as Buffer));
    expect(composed.toString()).toContain(
      "List-Unsubscribe: <https://fieldnotes.example/unsubscribe/abc.def>",
    );
  });
});
