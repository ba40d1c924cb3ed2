import { render } from "@react-email/render";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import type { Digest, DigestItem } from "@/lib/domain/digest";
import { DigestEmail, renderDigestEmail } from "./digest-email";

const ORIGIN = "https://fieldnotes.example";
const item = (title: string, detail: string | null, path: string): DigestItem => ({
  title,
  detail,
  href: `${ORIGIN}${path}`,
});

// Names are free text: quotes, ampersands, angle brackets and non-Latin letters must come out as React writes them.
const student = (preview: string): Digest => ({
  kind: "student",
  subject: "Your week in Fieldnotes",
  preview,
  greeting: `Hi Zoë O'Brien & <co>, here is what needs you this week.`,
  groups: [
    {
      heading: null,
      href: null,
      summary: null,
      sections: [
        {
          heading: "Thank-yous due",
          items: [
            item(`Ana "Lopez" (Acme & Co)`, "Overdue by 2 days", "/contacts/a%20b"),
            item("Bo  Chen\tjr", null, "/contacts/b"),
          ],
          more: 0,
          moreHref: `${ORIGIN}/home`,
        },
        {
          heading: "Follow-ups",
          items: [item("Cy <Ltd>", "Due today", "/contacts/c?x=1&y=2")],
          more: 3,
          moreHref: `${ORIGIN}/home`,
        },
      ],
    },
  ],
});

const advisor: Digest = {
  kind: "advisor",
  subject: "Fieldnotes: 3 students need attention",
  preview: "3 students need attention",
  greeting: "Hi Maria, here is your cohorts' week.",
  groups: [
    {
      heading: "Spring <cohort> & co",
      href: `${ORIGIN}/advisor/cohorts/c1`,
      summary: "12 activities this week, 8 last week",
      sections: [
        {
          heading: "Needs attention",
          items: [item("Amara", "No activity for 14 days · Thank-you overdue", "/advisor/students/s1")],
          more: 2,
          moreHref: `${ORIGIN}/advisor/cohorts/c1`,
        },
      ],
    },
    {
      heading: "Autumn",
      href: null,
      summary: null,
      sections: [
        {
          heading: "Goals due",
          items: [item("10 contacts", "6 of 10 · due Fri 4 Dec", "/advisor/cohorts/c2")],
          more: 0,
          moreHref: `${ORIGIN}/advisor/cohorts/c2`,
        },
      ],
    },
  ],
};

const urls = {
  unsubscribeUrl: `${ORIGIN}/unsubscribe/abc.def`,
  preferencesUrl: `${ORIGIN}/settings/notifications`,
};

const digests: [string, Digest][] = [
  ["a student digest", student("2 overdue, 3 coming up, 1 new comment")],
  ["an advisor digest with two cohorts", advisor],
  // <Preview> pads to 150 characters: one short of it, exactly it, past it, and too short for a template.
  ["a 149-character preview", student("p".repeat(149))],
  ["a 150-character preview", student("q".repeat(150))],
  ["a preview longer than 150 characters", student(`${"r".repeat(160)} & more`)],
  ["a 3-character preview", student("1 x")],
];

// Values a template would copy but React drops or rewrites: these digests take React's render of the groups.
const unusual: [string, Digest][] = [
  [
    "an item linking to a javascript: address",
    {
      ...advisor,
      groups: [
        {
          ...advisor.groups[0]!,
          sections: [
            {
              ...advisor.groups[0]!.sections[0]!,
              items: [{ title: "x", detail: "d", href: "javascript:alert(1)" }],
            },
          ],
        },
      ],
    },
  ],
  [
    "an item with an empty title and detail",
    {
      ...advisor,
      groups: [
        {
          ...advisor.groups[1]!,
          sections: [{ ...advisor.groups[1]!.sections[0]!, items: [item("", "", "/a")] }],
        },
      ],
    },
  ],
];

describe("renderDigestEmail", () => {
  it.each(unusual)("gives %s the HTML of a whole render", async (_, digest) => {
    const props = { digest, ...urls };
    expect((await renderDigestEmail(props)).html).toBe(await render(createElement(DigestEmail, props)));
  });

  it.each(digests)(
    "gives %s the HTML and text of a whole render through @react-email/render",
    async (_, digest) => {
      const props = { digest, ...urls };
      const element = createElement(DigestEmail, props);
      const mail = await renderDigestEmail(props);
      expect(mail.html).toBe(await render(element));
      expect(mail.text).toBe(await render(element, { plainText: true }));
    },
  );

  it("renders again with the same template and other values, unchanged", async () => {
    for (const greeting of ["Hi A", "Hi B & C", "Hi D"]) {
      const digest = { ...student("2 overdue, 3 coming up, 1 new comment"), greeting };
      const props = { digest, ...urls, unsubscribeUrl: `${ORIGIN}/unsubscribe/${greeting.length}` };
      const mail = await renderDigestEmail(props);
      expect(mail.html).toBe(await render(createElement(DigestEmail, props)));
      expect(mail.html).toContain(`${ORIGIN}/unsubscribe/${greeting.length}"`);
    }
  });

  it("puts every item, every link and the unsubscribe link in the text part", async () => {
    const { text } = await renderDigestEmail({ digest: advisor, ...urls });
    for (const group of advisor.groups) {
      for (const section of group.sections) {
        expect(text).toContain(section.heading.toUpperCase());
        for (const i of section.items) {
          expect(text).toContain(`${i.title} ${i.href}`);
          if (i.detail) expect(text).toContain(i.detail);
        }
      }
    }
    expect(text).toContain(`${ORIGIN}/advisor/cohorts/c1`);
    expect(text).toContain(`Unsubscribe from this digest ${urls.unsubscribeUrl}`);
    expect(text).toContain(`Change your email preferences ${urls.preferencesUrl}`);
  });

  it("never copies an address React would not write as it is", async () => {
    const props = { digest: advisor, ...urls, unsubscribeUrl: "javascript:alert(1)" };
    const { html } = await renderDigestEmail(props);
    expect(html).toBe(await render(createElement(DigestEmail, props)));
    expect(html).not.toContain('href="javascript:alert(1)"');
  });
});
