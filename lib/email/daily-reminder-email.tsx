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
import type { DailyReminder } from "@/lib/domain/daily-reminder";
import { renderMail } from "./render-mail";

type Props = { reminder: DailyReminder; preferencesUrl: string };

// Deliberately small: a few lines read on a phone before the day starts. One narrow column, text only, each
// line a link to the page it is about.

const linkStyle = { color: "#1d4ed8", textDecoration: "underline" };
const mutedStyle = { color: "#475569", fontSize: "13px", margin: "0" };

function DailyReminderEmail({ reminder, preferencesUrl }: Props) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{reminder.preview}</Preview>
      <Body style={{ fontFamily: "system-ui, sans-serif", backgroundColor: "#f8fafc", padding: "16px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", padding: "20px", maxWidth: "560px" }}>
          <Heading as="h1" style={{ fontSize: "20px", margin: "0 0 8px" }}>
            Today in Fieldnotes
          </Heading>
          <Text style={{ margin: "0 0 8px" }}>{reminder.greeting}</Text>
          {reminder.sections.map((section, s) => (
            <Section key={s} style={{ margin: "16px 0" }}>
              <Heading as="h2" style={{ fontSize: "16px", margin: "0 0 8px" }}>
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
            </Section>
          ))}
          <Hr />
          <Text style={mutedStyle}>
            {"You asked Fieldnotes for a reminder on mornings when something is due. "}
            <Link href={preferencesUrl} style={linkStyle}>
              Turn daily reminders off
            </Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** The reminder as a mail body, in HTML and plain text. */
export async function renderDailyReminderEmail(props: Props): Promise<{ html: string; text: string }> {
  const element = <DailyReminderEmail {...props} />;
  return renderMail(element);
}
