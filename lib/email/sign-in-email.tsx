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

type Props = { confirmUrl: string; minutesValid: number };

function SignInEmail({ confirmUrl, minutesValid }: Props) {
  return (
    <Html lang="en">
      <Head />
      <Preview>Your Fieldnotes sign-in link</Preview>
      <Body style={{ fontFamily: "system-ui, sans-serif", backgroundColor: "#f8fafc", padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", padding: "24px", maxWidth: "480px" }}>
          <Heading as="h1" style={{ fontSize: "20px" }}>
            Sign in to Fieldnotes
          </Heading>
          <Text>
            Open this link and press “Sign in” to continue. It works once, for {minutesValid} minutes.
          </Text>
          <Section style={{ margin: "24px 0" }}>
            <Button
              href={confirmUrl}
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
            If the button does not work, copy this address into your browser: {confirmUrl}
          </Text>
          <Text style={{ color: "#475569", fontSize: "13px" }}>
            If you did not ask to sign in, you can ignore this email: nobody can sign in without opening it.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export async function renderSignInEmail(props: Props) {
  const element = <SignInEmail {...props} />;
  return {
    subject: "Your Fieldnotes sign-in link",
    html: await render(element),
    text: await render(element, { plainText: true }),
  };
}
