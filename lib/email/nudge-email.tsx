import { render } from "@react-email/render";
import { EmailButton, EmailFallbackUrl, EmailFooterText, EmailLayout, EmailText } from "./layout";

type Props = { advisorName: string; cohortName: string; body: string; homeUrl: string; email: string };

function NudgeEmail({ advisorName, cohortName, body, homeUrl, email }: Props) {
  // The advisor's own words, paragraph by paragraph; nothing of the student's records is in it.
  const paragraphs = body
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <EmailLayout
      preview={paragraphs[0]?.slice(0, 120) ?? `A note from ${advisorName}`}
      heading={`A note from ${advisorName}`}
      footer={
        <EmailFooterText>
          You get this email at {email} because {advisorName} is your advisor in {cohortName} on Fieldnotes.
          It is also on your home page. To answer, reply to this email or talk to {advisorName} directly.
        </EmailFooterText>
      }
    >
      {paragraphs.map((paragraph, index) => (
        <EmailText key={index}>
          {paragraph.split("\n").map((line, n) => (
            <span key={n}>
              {n > 0 && <br />}
              {line}
            </span>
          ))}
        </EmailText>
      ))}
      <EmailButton href={homeUrl}>Open Fieldnotes</EmailButton>
      <EmailFallbackUrl href={homeUrl} />
    </EmailLayout>
  );
}

/** An advisor's nudge as a mail: their message as written, and one way back to the student's home. */
export async function renderNudgeEmail(props: Props) {
  const element = <NudgeEmail {...props} />;
  return {
    // Names are free text: no line break may reach a mail header.
    subject: `A note from ${props.advisorName.replace(/[\r\n\t]+/g, " ")} on Fieldnotes`,
    html: await render(element),
    text: await render(element, { plainText: true }),
  };
}
