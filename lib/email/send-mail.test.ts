import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { composeMessage } from "./send-mail";

// The message is the one nodemailer would send: the same headers and multipart frame byte for byte, and parts
// that decode to the same text. Only what is new per message differs between two builds (its id, date and MIME
// boundaries), where the encoded parts' lines are softly broken (encoded in one call, not through nodemailer's
// stream), and the HTML part's transfer encoding (base64 here).

function withoutPerMessageValues(text: string): string {
  const boundaries = [...text.matchAll(/boundary="([^"]+)"/g)].map((m) => m[1]!);
  let normal = text.replace(/^Message-ID: .*$/m, "Message-ID: <id>").replace(/^Date: .*$/m, "Date: <date>");
  boundaries.forEach((boundary, n) => (normal = normal.split(boundary).join(`<boundary ${n}>`)));
  return normal;
}

function decodeQuotedPrintable(body: string): string {
  const bytes = Buffer.from(
    body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  );
  return bytes.toString("utf8").replace(/\r\n/g, "\n");
}

/** The message with each part decoded, whatever its transfer encoding: what a mail client shows. */
function decoded(raw: Buffer): string {
  return withoutPerMessageValues(raw.toString("utf8")).replace(
    /Content-Transfer-Encoding: (quoted-printable|base64)\r?\n\r?\n([\s\S]*?)(\r?\n--<boundary)/g,
    (_, encoding: string, body: string, tail: string) =>
      "(decoded)\n" +
      (encoding === "base64"
        ? Buffer.from(body, "base64").toString("utf8").replace(/\r\n/g, "\n")
        : decodeQuotedPrintable(body)) +
      tail,
  );
}

const headerBlock = (raw: Buffer) => withoutPerMessageValues(raw.toString("utf8").split("\r\n\r\n")[0]!);

describe("composeMessage", () => {
  const mail = {
    from: "Fieldnotes <no-reply@fieldnotes.local>",
    to: "zoe@uni.example",
    subject: "Your week in Fieldnotes: 2 overdue – Zoë",
    html: `<p style="color:#0f172a">${"Ana López & co. ".repeat(200)}</p>\u00a0\u200c\u200b`,
    text: `Hi Zoë\n.\nA line that starts with a dot\n${"x".repeat(300)}\nend`,
    headers: {
      "List-Unsubscribe": "<https://fieldnotes.example/unsubscribe/abc.def>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };

  it("builds the message nodemailer would send: the same headers, parts that decode to the same text", async () => {
    const streamed = (
      await nodemailer
        .createTransport({ streamTransport: true, buffer: true })
        .sendMail({ ...mail, textEncoding: "quoted-printable" })
    ).message as Buffer;
    const { raw, messageId } = composeMessage(mail);
    expect(headerBlock(raw)).toBe(headerBlock(streamed));
    expect(decoded(raw)).toBe(decoded(streamed));
    expect(decoded(raw)).toContain(`Ana López & co. `.repeat(3));
    expect(raw.toString()).toMatch(
      /Content-Type: text\/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n/,
    );
    expect(raw.toString()).toContain("List-Unsubscribe: <https://fieldnotes.example/unsubscribe/abc.def>");
    expect(raw.toString()).toContain(`Message-ID: ${messageId}`);
    expect(messageId).toMatch(/^<[0-9a-f-]{36}@fieldnotes\.local>$/);
  });

  it("draws a new Message-ID and boundary for every message", () => {
    const [a, b] = [composeMessage(mail), composeMessage(mail)];
    expect(a.messageId).not.toBe(b.messageId);
    const boundary = (raw: Buffer) => /boundary="([^"]+)"/.exec(raw.toString())![1];
    expect(boundary(a.raw)).not.toBe(boundary(b.raw));
  });
});
