import { EmailButton, EmailFallbackUrl, EmailFooterText, EmailLayout, EmailText } from "./layout";
import { renderMail } from "./render-mail";

type Props = { confirmUrl: string; minutesValid: number };

function SignInEmail({ confirmUrl, minutesValid }: Props) {
  return (
    <EmailLayout
      preview={`Your sign-in link works once, for ${minutesValid} minutes.`}
      heading="Sign in to Fieldnotes"
      footer={
        <EmailFooterText>
          You get this email because someone asked to sign in to Fieldnotes with this address. If it was not
          you, ignore it: nobody can sign in without opening it.
        </EmailFooterText>
      }
    >
      <EmailText>
        Open this link and press “Sign in” to continue. It works once, for {minutesValid} minutes.
      </EmailText>
      <EmailButton href={confirmUrl}>Open Fieldnotes</EmailButton>
      <EmailFallbackUrl href={confirmUrl} />
    </EmailLayout>
  );
}

export async function renderSignInEmail(props: Props) {
  const element = <SignInEmail {...props} />;
  return {
    subject: "Your Fieldnotes sign-in link",
    ...(await renderMail(element)),
  };
}
