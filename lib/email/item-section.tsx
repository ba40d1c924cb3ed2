import { Heading, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
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
    <EmailItemList
      heading={heading}
      more={more > 0 && moreHref ? { href: moreHref, label: `See ${more} more` } : null}
    >
      {items.map((item, n) => (
        <EmailItem key={n} {...item} />
      ))}
    </EmailItemList>
  );
}

/** EmailItemSection around items given as children: the digest renders it once as a template (digest-email.tsx). */
export function EmailItemList({
  heading,
  more,
  children,
}: {
  heading: string;
  more: { href: string; label: string } | null;
  children: ReactNode;
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
      {children}
      {more ? (
        <Text className="fn-text" style={{ color: mailColors.text, margin: "0", fontSize: "14px" }}>
          <EmailLink href={more.href}>{more.label}</EmailLink>
        </Text>
      ) : null}
    </Section>
  );
}

/** One item of an EmailItemSection. */
export function EmailItem({ title, detail, href }: DigestItem) {
  return (
    <Text
      className="fn-text"
      style={{ color: mailColors.text, margin: "0 0 10px", fontSize: "16px", lineHeight: "24px" }}
    >
      <EmailLink href={href}>{title}</EmailLink>
      {detail ? (
        <>
          <br />
          <span
            className="fn-muted"
            style={{ color: mailColors.muted, fontSize: "14px", lineHeight: "21px" }}
          >
            {detail}
          </span>
        </>
      ) : null}
    </Text>
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
