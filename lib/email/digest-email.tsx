import {
  Body,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import { render } from "@react-email/render";
import type { Digest, DigestSection } from "@/lib/domain/digest";

type Props = { digest: Digest; unsubscribeUrl: string; preferencesUrl: string };

// Text only, no images and a single narrow column: it reads the same on a phone and in a client that blocks
// images. Every line is a link to the page it is about.

const linkStyle = { color: "#1d4ed8", textDecoration: "underline" };
const mutedStyle = { color: "#475569", fontSize: "13px", margin: "0" };

function SectionBlock({ section }: { section: DigestSection }) {
  return (
    <Section style={{ margin: "16px 0" }}>
      <Heading as="h3" style={{ fontSize: "16px", margin: "0 0 8px" }}>
        {section.heading}
      </Heading>
      {section.items.map((item, n) => (
        <Text key={n} style={{ margin: "0 0 8px", fontSize: "15px", lineHeight: "22px" }}>
          <Link href={item.href} style={linkStyle}>
            {item.title}
          </Link>
          {item.detail ? (
            <>
              <br />
              <span style={{ color: "#475569", fontSize: "13px" }}>{item.detail}</span>
            </>
          ) : null}
        </Text>
      ))}
      {section.more > 0 ? (
        <Text style={{ margin: "0", fontSize: "14px" }}>
          <Link href={section.moreHref} style={linkStyle}>
            {`and ${section.more} more`}
          </Link>
        </Text>
      ) : null}
    </Section>
  );
}

function DigestEmail({ digest, unsubscribeUrl, preferencesUrl }: Props) {
  const what = digest.kind === "student" ? "weekly student digest" : "weekly advisor digest";
  return (
    <Html lang="en">
      <Head />
      <Preview>{digest.preview}</Preview>
      <Body style={{ fontFamily: "system-ui, sans-serif", backgroundColor: "#f8fafc", padding: "16px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", padding: "20px", maxWidth: "560px" }}>
          <Heading as="h1" style={{ fontSize: "20px", margin: "0 0 8px" }}>
            Your week in Fieldnotes
          </Heading>
          <Text style={{ margin: "0 0 8px" }}>{digest.greeting}</Text>
          {digest.groups.map((group, g) => (
            <Section key={g}>
              {group.heading ? (
                <Heading as="h2" style={{ fontSize: "18px", margin: "20px 0 4px" }}>
                  {group.href ? (
                    <Link href={group.href} style={linkStyle}>
                      {group.heading}
                    </Link>
                  ) : (
                    group.heading
                  )}
                </Heading>
              ) : null}
              {group.summary ? <Text style={mutedStyle}>{group.summary}</Text> : null}
              {group.sections.map((section, s) => (
                <SectionBlock key={s} section={section} />
              ))}
            </Section>
          ))}
          <Hr />
          <Text style={mutedStyle}>
            {`You get this ${what} from Fieldnotes. `}
            <Link href={preferencesUrl} style={linkStyle}>
              Change your email preferences
            </Link>
            {" or "}
            <Link href={unsubscribeUrl} style={linkStyle}>
              unsubscribe
            </Link>
            .
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** The digest as a mail body, in HTML and plain text. */
export async function renderDigestEmail(props: Props): Promise<{ html: string; text: string }> {
  const element = <DigestEmail {...props} />;
  return { html: await render(element), text: await render(element, { plainText: true }) };
}
