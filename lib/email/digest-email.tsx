import { Heading, Section, Text } from "@react-email/components";
import type { Digest, DigestSection } from "@/lib/domain/digest";
import {
  EmailFooterText,
  EmailLayout,
  EmailLink,
  EmailRule,
  EmailText,
  mailColors,
  mutedStyle,
} from "./layout";
import { renderMail } from "./render-mail";

type Props = { digest: Digest; unsubscribeUrl: string; preferencesUrl: string };

// Text only, no images and a single column: it reads the same on a phone and in a client that blocks
// images. Every line is a link to the page it is about; there is no button, because every item is an action.

function SectionBlock({ section }: { section: DigestSection }) {
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
        {section.heading}
      </Heading>
      {section.items.map((item, n) => (
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
      {section.more > 0 ? (
        <Text className="fn-text" style={{ color: mailColors.text, margin: "0", fontSize: "14px" }}>
          <EmailLink href={section.moreHref}>{`See ${section.more} more`}</EmailLink>
        </Text>
      ) : null}
    </Section>
  );
}

function DigestEmail({ digest, unsubscribeUrl, preferencesUrl }: Props) {
  const what = digest.kind === "student" ? "weekly student digest" : "weekly advisor digest";
  return (
    <EmailLayout
      preview={digest.preview}
      heading="Your week in Fieldnotes"
      footer={
        <>
          <EmailFooterText>{`You get this ${what} because it is on in your Fieldnotes settings.`}</EmailFooterText>
          {/* Each link on its own line, with nothing after it: a plain-text reader must not take punctuation
              for part of the address. */}
          <EmailFooterText>
            <EmailLink href={preferencesUrl}>Change your email preferences</EmailLink>
            <br />
            <EmailLink href={unsubscribeUrl}>Unsubscribe from this digest</EmailLink>
          </EmailFooterText>
        </>
      }
    >
      <EmailText>{digest.greeting}</EmailText>
      {digest.groups.map((group, g) => (
        <Section key={g}>
          {g > 0 || group.heading ? <EmailRule /> : null}
          {group.heading ? (
            <Heading
              as="h2"
              className="fn-heading"
              style={{
                color: mailColors.text,
                fontSize: "18px",
                lineHeight: "27px",
                fontWeight: 600,
                margin: "0 0 4px",
              }}
            >
              {group.href ? <EmailLink href={group.href}>{group.heading}</EmailLink> : group.heading}
            </Heading>
          ) : null}
          {group.summary ? (
            <Text className="fn-muted" style={{ ...mutedStyle, margin: "0 0 16px" }}>
              {group.summary}
            </Text>
          ) : null}
          {group.sections.map((section, s) => (
            <SectionBlock key={s} section={section} />
          ))}
        </Section>
      ))}
    </EmailLayout>
  );
}

/** The digest as a mail body, in HTML and plain text. */
export async function renderDigestEmail(props: Props): Promise<{ html: string; text: string }> {
  const element = <DigestEmail {...props} />;
  return renderMail(element);
}
