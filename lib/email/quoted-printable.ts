// Quoted-printable (RFC 2045 §6.7) for the bulk mail's text and HTML parts, in one pass over the bytes. nodemailer
// encodes a part through a stream: a check of every character for the encoding to pick, an encoder, then a
// wrapper that finds each line's end with regular expressions. At digest volume (~10 kB a message, a third of it
// React Email's preview padding, all of it non-Latin) that was the largest share of composing a message in the
// job's CPU profile. The output is plain ASCII that decodes to exactly the input's UTF-8 bytes, with every line
// break as CRLF.

const HEX = Buffer.from("0123456789ABCDEF", "latin1");
/** The longest line RFC 2045 allows, the soft break's "=" included. */
const MAX_LINE = 76;

const isBreak = (byte: number | undefined) => byte === 0x0a || byte === 0x0d;

/**
 * `text` as quoted-printable. Printable ASCII other than "=" stays as is; every other byte is written =XX, and a
 * space or tab too where it would end a line (a transport may strip trailing whitespace). Line breaks (LF, CRLF or
 * a lone CR) become CRLF; a soft break ("=" CRLF) keeps each line within 76 characters, never inside a UTF-8
 * character's bytes, so a client that decodes line by line still sees whole characters.
 */
export function encodeQuotedPrintable(text: string): string {
  const bytes = Buffer.from(text, "utf8");
  const length = bytes.length;
  // At most three characters a byte, and a soft break (three more) for every line of at least 72.
  const out = Buffer.allocUnsafe(length * 3 + (Math.ceil((length * 3) / 72) + 1) * 3);
  let pos = 0;
  let column = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i]!;
    if (isBreak(byte)) {
      if (byte === 0x0d && bytes[i + 1] === 0x0a) i++;
      out[pos++] = 0x0d;
      out[pos++] = 0x0a;
      column = 0;
      continue;
    }
    const literal =
      (byte >= 0x21 && byte <= 0x7e && byte !== 0x3d) ||
      ((byte === 0x20 || byte === 0x09) && i + 1 < length && !isBreak(bytes[i + 1]));
    // What this byte takes on the line: 1 as is, 3 as =XX, and a UTF-8 lead byte claims room for its whole
    // character (its continuation bytes, 0x80-0xBF, then always fit).
    const width = literal ? 1 : byte >= 0xf0 ? 12 : byte >= 0xe0 ? 9 : byte >= 0xc0 ? 6 : 3;
    // Room is left for the soft break's "=".
    if (column + width > MAX_LINE - 1) {
      out[pos++] = 0x3d;
      out[pos++] = 0x0d;
      out[pos++] = 0x0a;
      column = 0;
    }
    if (literal) {
      out[pos++] = byte;
      column += 1;
    } else {
      out[pos++] = 0x3d;
      out[pos++] = HEX[byte >> 4]!;
      out[pos++] = HEX[byte & 0x0f]!;
      column += 3;
    }
  }
  return out.toString("latin1", 0, pos);
}
