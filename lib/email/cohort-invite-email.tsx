import { EmailButton, EmailFallbackUrl, EmailFooterText, EmailLayout, EmailText } from "./layout";
import { renderMail } from "./render-mail";

type Props = { cohortName: string; advisorName: string; signInUrl: string; email: string };

function CohortInviteEmail({ cohortName, advisorName, signInUrl, email }: Props) {
  return (
    <EmailLayout
      preview={`${advisorName} added you to ${cohortName}. No password needed.`}
      heading={`Join ${cohortName} on Fieldnotes`}
      footer={
        <EmailFooterText>
          You get this email because {advisorName} put {email} on the roster of {cohortName}. If you do not
          expect it, ignore it: nothing happens until you sign in.
        </EmailFooterText>
      }
    >
      <EmailText>
        {advisorName} added you to {cohortName}. Fieldnotes helps you plan, run and follow up on your
        informational interviews, and shows your progress toward the cohort’s goals.
      </EmailText>
      <EmailText>Open Fieldnotes and ask for a sign-in link for {email}. No password needed.</EmailText>
      <EmailButton href={signInUrl}>Open Fieldnotes</EmailButton>
      <EmailFallbackUrl href={signInUrl} />
    </EmailLayout>
  );
}

/** The invitation a roster upload sends each new invitee. It carries no sign-in token, only the way in. */
export async function renderCohortInviteEmail(props: Props) {
  const element = <CohortInviteEmail {...props} />;
  return {
    // A cohort name is free text: no line break may reach a mail header.
    subject: `You are invited to ${props.cohortName.replace(/[\r\n\t]+/g, " ")} on Fieldnotes`,
    ...(await renderMail(element)),
  };
}
