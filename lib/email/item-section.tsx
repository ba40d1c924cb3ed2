import { Heading, Section, Text } from "@react-email/components";
import type { DigestItem } from "@/lib/domain/digest";
import { EmailFooterText, EmailLink, mailColors } from "./layout";

// The parts the weekly digest and the daily reminder share: a titled list of linked items, and the footer
// that says why the mail came and offers the one-click unsubscribe.

/** A heading and its items, each a link to the page it is about with a muted line under it. */
export function EmailItemSection({
  heading,
  items,
  more = 0,
  moreHref,
}: {
  heading: string;
  items: readonly DigestItem[];
  /** Items left out by a cap, listed in full at `moreHref`. */
  more?: number;
  moreHref?: string;
}) {
  return (
    <Section style={{ margin: "0 0 20px" }}>
      <Heading
        as="h3"
        className="fn-heading"
        style={{
          color: mailColors.text,
          fontSize: "16px",
          lineHeight: "24px",
          fontWeight: 600,
          margin: "0 0 8px",
        }}
      >
        {heading}
      </Heading>
      {items.map((item, n) => (
        <Text
          key={n}
          className="fn-text"
          style={{ color: mailColors.text, margin: "0 0 10px", fontSize: "16px", lineHeight: "24px" }}
        >
          <EmailLink href={item.href}>{item.title}</EmailLink>
          {item.detail ? (
            <>
              <br />
              <span
                className="fn-muted"
                style={{ color: mailColors.muted, fontSize: "14px", lineHeight: "21px" }}
              >
                {item.detail}
              </span>
            </>
          ) : null}
        </Text>
      ))}
      {more > 0 && moreHref ? (
        <Text className="fn-text" style={{ color: mailColors.text, margin: "0", fontSize: "14px" }}>
          <EmailLink href={moreHref}>{`See ${more} more`}</EmailLink>
        </Text>
      ) : null}
    </Section>
  );
}

/** Why the reader got this mail, their preferences, and the unsubscribe link the List-Unsubscribe header names. */
export function EmailUnsubscribeFooter({
  reason,
  preferencesUrl,
  unsubscribeUrl,
  unsubscribeLabel,
}: {
  reason: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
  unsubscribeLabel: string;
}) {
  return (
    <>
      <EmailFooterText>{reason}</EmailFooterText>
      {/* Each link on its own line, with nothing after it: a plain-text reader must not take punctuation
          for part of the address. */}
      <EmailFooterText>
        <EmailLink href={preferencesUrl}>Change your email preferences</EmailLink>
        <br />
        <EmailLink href={unsubscribeUrl}>{unsubscribeLabel}</EmailLink>
      </EmailFooterText>
    </>
  );
}
