/** A plain-text mail body cut into text and the web addresses in it. */
export type TextPart = { kind: "text"; text: string } | { kind: "link"; href: string };

const ADDRESS = /https?:\/\/[^\s<>"]+/g;
// A sentence may end right after an address ("… unsubscribe https://x/unsubscribe/abc.") and a reader means the
// full stop as punctuation, not as part of the address: the same rule GitHub's autolinks follow.
const TRAILING_PUNCTUATION = /[.,;:!?'"*_~]+$/;
const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

function count(text: string, char: string) {
  return text.split(char).length - 1;
}

/** Drops punctuation that ends a sentence, and closing brackets the address did not open. */
export function trimAddress(candidate: string): string {
  let href = candidate;
  for (;;) {
    const before = href;
    href = href.replace(TRAILING_PUNCTUATION, "");
    const last = href.at(-1);
    const opener = last ? CLOSERS[last] : undefined;
    if (opener && count(href, last!) > count(href, opener)) href = href.slice(0, -1);
    if (href === before) return href;
  }
}

/** Finds http(s) addresses in plain text; everything else stays text, to be shown as typed. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const href = trimAddress(match[0]);
    if (!/^https?:\/\/[^/?#]+/.test(href)) continue;
    if (match.index > from) parts.push({ kind: "text", text: text.slice(from, match.index) });
    parts.push({ kind: "link", href });
    from = match.index + href.length;
  }
  if (from < text.length) parts.push({ kind: "text", text: text.slice(from) });
  return parts;
}
