import { describe, expect, it } from "vitest";
import { encodeQuotedPrintable } from "./quoted-printable";

/** RFC 2045 decoding, strict: a soft break or =XX with upper-case hex, anything else literal printable ASCII. */
function decode(encoded: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i++) {
    const c = encoded[i]!;
    if (c === "=") {
      if (encoded.startsWith("\r\n", i + 1)) {
        i += 2;
        continue;
      }
      const hex = encoded.slice(i + 1, i + 3);
      if (!/^[0-9A-F]{2}$/.test(hex)) throw new Error(`bad escape at ${i}: ${JSON.stringify(hex)}`);
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(c.charCodeAt(0));
    }
  }
  return Buffer.from(bytes);
}

/** What a message's part must carry: the input's bytes, every line break as CRLF. */
const withCrlf = (text: string) => Buffer.from(text.replace(/\r\n|\r|\n/g, "\r\n"), "utf8");

function expectValid(encoded: string) {
  // Printable ASCII, tabs and CRLF only; no bare CR or LF.
  expect(encoded).toMatch(/^[\x20-\x7e\t\r\n]*$/);
  expect(encoded.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  for (const line of encoded.split("\r\n")) {
    expect(line.length).toBeLessThanOrEqual(76);
    // No whitespace a transport could strip at a line's end.
    expect(line).not.toMatch(/[ \t]$/);
  }
  // No UTF-8 character cut by a soft break: each line decodes to whole characters.
  const strict = new TextDecoder("utf-8", { fatal: true });
  for (const segment of encoded.split("=\r\n")) expect(() => strict.decode(decode(segment))).not.toThrow();
}

// A small deterministic generator: the same cases on every run.
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const ALPHABET = [
  "a",
  "Z",
  " ",
  "\t",
  "=",
  ".",
  "\n",
  "\r\n",
  "\r",
  '<p style="color:#0f172a">',
  "é",
  "·",
  "\u00a0",
  "\u200c",
  "\ufeff",
  "😀",
  // A lone surrogate: written as U+FFFD, as Buffer.from writes it.
  "\ud800",
  "\udc00",
  "x".repeat(80),
];

describe("encodeQuotedPrintable", () => {
  it("decodes to the input's bytes with CRLF line breaks, in valid lines, for any mix of text", () => {
    const next = random(42);
    for (let n = 0; n < 500; n++) {
      let text = "";
      const parts = Math.floor(next() * 60);
      for (let p = 0; p < parts; p++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      const encoded = encodeQuotedPrintable(text);
      expectValid(encoded);
      expect(decode(encoded).equals(withCrlf(text))).toBe(true);
    }
  });

  it("keeps printable ASCII readable and encodes what must be", () => {
    expect(encodeQuotedPrintable("Hi Zoë, a = b.")).toBe("Hi Zo=C3=AB, a =3D b.");
    // Whitespace that would end a line, or the input, is encoded; inside a line it is not.
    expect(encodeQuotedPrintable("end \nnext\t")).toBe("end=20\r\nnext=09");
    expect(encodeQuotedPrintable("a\r\nb\rc\nd")).toBe("a\r\nb\r\nc\r\nd");
  });

  it("breaks long lines softly, within 76 characters, never inside a character", () => {
    const encoded = encodeQuotedPrintable(`${"x".repeat(74)}€${"y".repeat(200)}`);
    const lines = encoded.split("\r\n");
    // 74 x's leave no room for the euro sign's nine characters: it starts the next line whole.
    expect(lines[0]).toBe(`${"x".repeat(74)}=`);
    expect(lines[1]!.startsWith("=E2=82=AC")).toBe(true);
    expectValid(encoded);
    expect(decode(encoded).toString("utf8")).toBe(`${"x".repeat(74)}€${"y".repeat(200)}`);
  });
});
