import type { DailyReminder } from "@/lib/domain/daily-reminder";
import { EmailItemSection, EmailUnsubscribeFooter } from "./item-section";
import { EmailLayout, EmailText } from "./layout";
import { renderMail } from "./render-mail";

type Props = { reminder: DailyReminder; unsubscribeUrl: string; preferencesUrl: string };

// Deliberately small: a few lines read on a phone before the day starts, on the digest's design, each line a
// link to the page it is about.

function DailyReminderEmail({ reminder, unsubscribeUrl, preferencesUrl }: Props) {
  return (
    <EmailLayout
      preview={reminder.preview}
      heading="Today in Fieldnotes"
      footer={
        <EmailUnsubscribeFooter
          reason="You get this daily reminder because you turned it on in your Fieldnotes settings. It comes only on mornings when something is due."
          preferencesUrl={preferencesUrl}
          unsubscribeUrl={unsubscribeUrl}
          unsubscribeLabel="Turn daily reminders off"
        />
      }
    >
      <EmailText>{reminder.greeting}</EmailText>
      {reminder.sections.map((section, s) => (
        <EmailItemSection key={s} heading={section.heading} items={section.items} />
      ))}
    </EmailLayout>
  );
}

/** The reminder as a mail body, in HTML and plain text. */
export async function renderDailyReminderEmail(props: Props): Promise<{ html: string; text: string }> {
  const element = <DailyReminderEmail {...props} />;
  return renderMail(element);
}
