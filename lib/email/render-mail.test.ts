import { render } from "@react-email/render";
import { createElement, Fragment, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { EmailButton, EmailFallbackUrl, EmailFooterText, EmailLayout, EmailLink, EmailText } from "./layout";
import { renderMail } from "./render-mail";

const ORIGIN = "https://fieldnotes.example";

// createElement with the children as arguments, typed loosely: the test builds mails, not a typed API.
const h = (type: unknown, props: Record<string, unknown> | null, ...children: ReactNode[]) =>
  createElement(type as string, props, ...children);

// A mail using every building block of layout.tsx, with text that needs escaping in HTML.
const mail = (name: string) =>
  h(
    EmailLayout,
    {
      preview: `Hi ${name} & co`,
      heading: "Your week in Fieldnotes",
      footer: h(
        EmailFooterText,
        null,
        h(EmailLink, { href: `${ORIGIN}/settings/notifications` }, "Change your email preferences"),
      ),
    },
    h(EmailText, null, `Hi ${name}, here is "your" week <3.`),
    h(EmailText, { muted: true }, "Two things are due.", h("br", null), "One is late."),
    h(EmailButton, { href: `${ORIGIN}/sign-in/confirm?token=a&b=c` }, "Sign in"),
    h(EmailFallbackUrl, { href: `${ORIGIN}/sign-in/confirm?token=a&b=c` }),
    h(Fragment, null, h(EmailLink, { href: `${ORIGIN}/home` }, "Open Fieldnotes")),
  );

describe("renderMail", () => {
  it("gives the same HTML and text as @react-email/render's two renders, from one", async () => {
    for (const name of ["Amara", "Zoë O'Brien", ""]) {
      const element = mail(name);
      const { html, text } = await renderMail(element);
      expect(html).toBe(await render(element));
      expect(text).toBe(await render(element, { plainText: true }));
      expect(html.startsWith("<!DOCTYPE html PUBLIC")).toBe(true);
      expect(text).toContain(`${ORIGIN}/home`);
    }
  });

  it("rejects when a component throws, so the job retries that mail instead of sending half of it", async () => {
    const Broken = () => {
      throw new Error("no digest today");
    };
    await expect(renderMail(h(EmailLayout, { preview: "p", heading: "h" }, h(Broken, null)))).rejects.toThrow(
      "no digest today",
    );
  });
});
