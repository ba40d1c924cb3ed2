import { Heading, Section, Text } from "@react-email/components";
import type { Digest } from "@/lib/domain/digest";
import { EmailItemSection, EmailUnsubscribeFooter } from "./item-section";
import { EmailLayout, EmailLink, EmailRule, EmailText, mailColors, mutedStyle } from "./layout";
import { renderMail } from "./render-mail";

type Props = { digest: Digest; unsubscribeUrl: string; preferencesUrl: string };

// Text only, no images and a single column: it reads the same on a phone and in a client that blocks
// images. Every line is a link to the page it is about; there is no button, because every item is an action.

function DigestEmail({ digest, unsubscribeUrl, preferencesUrl }: Props) {
  const what = digest.kind === "student" ? "weekly student digest" : "weekly advisor digest";
  return (
    <EmailLayout
      preview={digest.preview}
      heading="Your week in Fieldnotes"
      footer={
        <EmailUnsubscribeFooter
          reason={`You get this ${what} because it is on in your Fieldnotes settings.`}
          preferencesUrl={preferencesUrl}
          unsubscribeUrl={unsubscribeUrl}
          unsubscribeLabel="Unsubscribe from this digest"
        />
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
            <EmailItemSection key={s} {...section} />
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
