// A mail rendered once by React with placeholders in it, then filled in for each message: at digest volume a
// full React render per message (a request, a stream, the whole layout) was a large share of the job's CPU,
// while only a few strings change between messages. What fills a placeholder is escaped exactly as React
// escapes text and attribute values, so a filled template is the very markup React would have rendered; the
// digest's tests compare the two byte for byte.

const OPEN = "\uE000";
const CLOSE = "\uE001";
const PAD = "\uE002";
const PLACEHOLDER = /\uE000(\w+)\uE001\uE002*/g;

/**
 * The placeholder for `name`, as a string to render in its place (private-use characters React leaves as they
 * are). `length` pads it to a given length, for a component whose output depends on its text's length.
 */
export function placeholder(name: string, length = 0): string {
  const bare = `${OPEN}${name}${CLOSE}`;
  if (length > 0 && length < bare.length) throw new Error(`placeholder ${name} cannot be ${length} long`);
  return bare + PAD.repeat(Math.max(0, length - bare.length));
}

/** The shortest text a placeholder for `name` can stand for (see placeholder's `length`). */
export function placeholderLength(name: string): number {
  return placeholder(name).length;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#x27;",
};

/** Text or an attribute value as React's server renderer writes it (escapeTextForBrowser). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export type MailTemplate<Name extends string> = (markup: Record<Name, string>) => string;

/**
 * Cuts rendered markup at its placeholders. The function it returns puts each one's markup in its place:
 * pass escapeHtml(text) for text, or markup React rendered.
 */
export function compileMailTemplate<Name extends string>(
  rendered: string,
  names: readonly Name[],
): MailTemplate<Name> {
  const pieces: string[] = [];
  const slots: Name[] = [];
  let from = 0;
  for (const match of rendered.matchAll(PLACEHOLDER)) {
    const name = match[1] as Name;
    if (!names.includes(name)) throw new Error(`unknown placeholder ${name} in a mail template`);
    pieces.push(rendered.slice(from, match.index));
    slots.push(name);
    from = match.index + match[0].length;
  }
  pieces.push(rendered.slice(from));
  for (const name of names) {
    if (!slots.includes(name)) throw new Error(`placeholder ${name} is missing from the mail template`);
  }
  return (markup) => {
    let out = pieces[0]!;
    for (let i = 0; i < slots.length; i++) out += markup[slots[i]!] + pieces[i + 1]!;
    return out;
  };
}
