import type { Digest, DigestItem } from "@/lib/domain/digest";

// The digest's plain-text part, written from the same Digest the HTML is rendered from, in the layout
// html-to-text gives the HTML (as @react-email/render's plain-text option does, which the other mails use):
// headings in capitals, each link's address after its text, blank lines between blocks. Parsing each rendered
// digest back into text cost more CPU than rendering it; the digest tests hold the two outputs equal.

/** A block of lines and the line breaks html-to-text puts before and after it (the larger one wins). */
type Block = { lines: string[]; before: number; after: number };

// html-to-text's whitespace: runs collapse to one space, and text never starts or ends a line with one.
const words = (text: string) => text.replace(/[ \t\r\n\f\u200b]+/g, " ").trim();
const heading = (text: string, before: number): Block => ({
  lines: [words(text).toUpperCase()],
  before,
  after: 2,
});
const paragraph = (...lines: string[]): Block => ({ lines, before: 2, after: 2 });
/** A link as html-to-text writes it without brackets: its text, then its address unless they are the same. */
function link(text: string, href: string): string {
  const label = words(text);
  return label === href || label === "" ? href : `${label} ${href}`;
}
const item = (i: DigestItem) =>
  i.detail ? [link(i.title, i.href), words(i.detail)] : [link(i.title, i.href)];

/** The digest's text part: every line of the HTML body, every link with its address. */
export function digestText({
  digest,
  unsubscribeUrl,
  preferencesUrl,
}: {
  digest: Digest;
  unsubscribeUrl: string;
  preferencesUrl: string;
}): string {
  const what = digest.kind === "student" ? "weekly student digest" : "weekly advisor digest";
  const blocks: Block[] = [
    paragraph("Fieldnotes"),
    heading("Your week in Fieldnotes", 3),
    paragraph(words(digest.greeting)),
  ];
  digest.groups.forEach((group, g) => {
    if (g > 0 || group.heading) blocks.push(paragraph("-".repeat(40)));
    if (group.heading) {
      blocks.push(
        group.href
          ? { lines: [link(words(group.heading).toUpperCase(), group.href)], before: 3, after: 2 }
          : heading(group.heading, 3),
      );
    }
    if (group.summary) blocks.push(paragraph(words(group.summary)));
    for (const section of group.sections) {
      blocks.push(heading(section.heading, 3));
      for (const i of section.items) blocks.push(paragraph(...item(i)));
      if (section.more > 0 && section.moreHref)
        blocks.push(paragraph(link(`See ${section.more} more`, section.moreHref)));
    }
  });
  blocks.push(
    paragraph(`You get this ${what} because it is on in your Fieldnotes settings.`),
    paragraph(
      link("Change your email preferences", preferencesUrl),
      link("Unsubscribe from this digest", unsubscribeUrl),
    ),
  );
  let text = "";
  let pending = 0;
  for (const block of blocks) {
    const lines = block.lines.filter((line) => line !== "");
    if (lines.length === 0) continue;
    if (text !== "") text += "\n".repeat(Math.max(pending, block.before));
    text += lines.join("\n");
    pending = block.after;
  }
  return text;
}
