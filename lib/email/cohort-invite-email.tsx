import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Html,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import { render } from "@react-email/render";

type Props = { cohortName: string; advisorName: string; signInUrl: string; email: string };

function CohortInviteEmail({ cohortName, advisorName, signInUrl, email }: Props) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{`You are invited to ${cohortName} on Fieldnotes`}</Preview>
      <Body style={{ fontFamily: "system-ui, sans-serif", backgroundColor: "#f8fafc", padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", padding: "24px", maxWidth: "480px" }}>
          <Heading as="h1" style={{ fontSize: "20px" }}>
            Join {cohortName} on Fieldnotes
          </Heading>
          <Text>
            {advisorName} added you to {cohortName}. Fieldnotes helps you plan, run and follow up on your
            informational interviews, and shows your progress toward the cohort’s goals.
          </Text>
          <Text>Open Fieldnotes and ask for a sign-in link for {email}. No password needed.</Text>
          <Section style={{ margin: "24px 0" }}>
            <Button
              href={signInUrl}
              style={{
                backgroundColor: "#1d4ed8",
                color: "#ffffff",
                padding: "12px 20px",
                borderRadius: "6px",
              }}
            >
              Open Fieldnotes
            </Button>
          </Section>
          <Text style={{ color: "#475569", fontSize: "13px" }}>
            If the button does not work, copy this address into your browser: {signInUrl}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** The invitation a roster upload sends each new invitee. It carries no sign-in token, only the way in. */
export async function renderCohortInviteEmail(props: Props) {
  const element = <CohortInviteEmail {...props} />;
  return {
    // A cohort name is free text: no line break may reach a mail header.
    subject: `You are invited to ${props.cohortName.replace(/[\r\n\t]+/g, " ")} on Fieldnotes`,
    html: await render(element),
    text: await render(element, { plainText: true }),
  };
}
