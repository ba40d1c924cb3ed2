import { splitLinks } from "@/lib/email/text-links";

/** Plain text with its http(s) addresses made clickable; nothing else is interpreted. */
export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {splitLinks(text).map((part, index) =>
        part.kind === "link" ? (
          <a key={index} href={part.href} className="link-in-text break-all">
            {part.href}
          </a>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
