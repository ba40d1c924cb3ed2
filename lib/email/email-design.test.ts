import { describe, expect, it } from "vitest";
import { renderCohortInviteEmail } from "./cohort-invite-email";
import { renderDailyReminderEmail } from "./daily-reminder-email";
import { renderDigestEmail } from "./digest-email";
import { renderSignInEmail } from "./sign-in-email";

const ORIGIN = "https://fieldnotes.example";

async function everyMail() {
  const signIn = await renderSignInEmail({
    confirmUrl: `${ORIGIN}/sign-in/confirm?token=t1`,
    minutesValid: 15,
  });
  const invite = await renderCohortInviteEmail({
    cohortName: "Spring cohort",
    advisorName: "Maria Alvarez",
    signInUrl: `${ORIGIN}/sign-in`,
    email: "new@uni.example",
  });
  const digest = await renderDigestEmail({
    digest: {
      kind: "student",
      subject: "Your week",
      preview: "1 thank-you due",
      greeting: "Hi Amara, here is your week.",
      groups: [
        {
          heading: null,
          href: null,
          summary: null,
          sections: [
            {
              heading: "Thank-yous due",
              items: [{ title: "Thank Ana Lopez", detail: "Due Wed 2 Dec", href: `${ORIGIN}/interviews/i1` }],
              more: 0,
              moreHref: `${ORIGIN}/home`,
            },
          ],
        },
      ],
    },
    unsubscribeUrl: `${ORIGIN}/unsubscribe/abc.def`,
    preferencesUrl: `${ORIGIN}/settings/notifications`,
  });
  const reminder = await renderDailyReminderEmail({
    reminder: {
      subject: "Today in Fieldnotes",
      preview: "A thank-you is due today",
      greeting: "Good morning Amara, here is what is due today.",
      sections: [
        {
          heading: "Thank-yous due today",
          items: [{ title: "Thank Ana Lopez", detail: "Due today", href: `${ORIGIN}/interviews/i1` }],
        },
      ],
    },
    unsubscribeUrl: `${ORIGIN}/unsubscribe/abc.def`,
    preferencesUrl: `${ORIGIN}/settings/notifications`,
  });
  return { signIn, invite, digest, reminder };
}

/** Inline style declarations of every element, as maps. */
function inlineStyles(html: string) {
  return [...html.matchAll(/style="([^"]*)"/g)].map(
    (m) =>
      new Map(
        m[1]!
          .split(";")
          .map((d) => d.split(":").map((s) => s.trim().toLowerCase()))
          .filter((d) => d.length === 2) as [string, string][],
      ),
  );
}

describe("mail as designed", () => {
  it("says it supports dark mode and carries dark overrides for the clients that read them", async () => {
    for (const [name, mail] of Object.entries(await everyMail())) {
      expect(mail.html, name).toContain('<meta name="color-scheme" content="light dark"');
      expect(mail.html, name).toContain("@media (prefers-color-scheme: dark)");
    }
  });

  it("never sets light text without a dark surface behind it in the same element", async () => {
    const light = new Set(["#ffffff", "#fff", "white", "#f1f5f9"]);
    for (const [name, mail] of Object.entries(await everyMail())) {
      for (const style of inlineStyles(mail.html)) {
        const colour = style.get("color");
        if (colour && light.has(colour)) {
          expect(light.has(style.get("background-color") ?? "#ffffff"), `${name}: ${[...style]}`).toBe(false);
        }
      }
    }
  });

  it("has a plain-text part that reads on its own, with every address followed by a space or line end", async () => {
    const { signIn, invite, digest, reminder } = await everyMail();
    expect(signIn.text).toContain(`${ORIGIN}/sign-in/confirm?token=t1`);
    expect(invite.text).toContain("Maria Alvarez added you to Spring cohort");
    expect(digest.text).toContain(`Thank Ana Lopez ${ORIGIN}/interviews/i1`);
    expect(reminder.text).toContain(`Thank Ana Lopez ${ORIGIN}/interviews/i1`);
    for (const mail of [signIn, invite, digest, reminder]) {
      expect(mail.text).not.toMatch(/<|@media|color-scheme/);
      for (const match of mail.text.matchAll(/https:\/\/\S+/g)) expect(match[0]).not.toMatch(/[.,;:)\]]$/);
    }
    expect(digest.text).toMatch(
      new RegExp(`Unsubscribe from this digest ${ORIGIN}/unsubscribe/abc\\.def$`, "m"),
    );
    expect(reminder.text).toMatch(
      new RegExp(`Turn daily reminders off ${ORIGIN}/unsubscribe/abc\\.def$`, "m"),
    );
  });
});
