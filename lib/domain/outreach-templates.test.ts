import { describe, expect, it } from "vitest";
import {
  LINKEDIN_NOTE_LIMIT,
  NOT_A_JOB_REQUEST,
  followUpTemplate,
  howIGotYourName,
  outreachTemplates,
  type OutreachTemplateInput,
} from "./outreach-templates";
import { CONTACT_SOURCES } from "./vocabulary";

const base: OutreachTemplateInput = {
  studentName: "Ana Diaz",
  contactName: "Dana Reyes",
  contactTitle: "Data analyst",
  organizationName: "Acme Labs",
  source: "alumni",
};

function byId(input: OutreachTemplateInput) {
  const templates = outreachTemplates(input);
  const find = (id: string) => {
    const template = templates.find((t) => t.id === id);
    if (!template) throw new Error(`no ${id} template`);
    return template;
  };
  return { templates, email: find("email"), linkedin: find("linkedin"), phone: find("phone") };
}

describe("outreachTemplates", () => {
  it("offers an email, a LinkedIn note and a phone script on their channels", () => {
    const { templates } = byId(base);
    expect(templates.map((t) => [t.id, t.channel])).toEqual([
      ["email", "email"],
      ["linkedin", "linkedin"],
      ["phone", "phone"],
    ]);
    expect(templates.find((t) => t.id === "email")?.subject).toBeTruthy();
  });

  it("names the referrer when the student was referred, in every template", () => {
    const { templates, email } = byId({ ...base, source: "referral", referrerName: "Bea Ortiz" });
    for (const t of templates) expect(t.body).toContain("Bea Ortiz suggested I get in touch with you.");
    expect(email.subject).toContain("Bea Ortiz");
  });

  it("says where the name came from when nobody referred them", () => {
    expect(byId(base).email.body).toContain("through the alumni network");
    expect(byId({ ...base, source: "professor" }).linkedin.body).toContain("My professor suggested");
    expect(byId({ ...base, source: "linkedin" }).phone.body).toContain("your profile on LinkedIn");
    expect(byId({ ...base, source: "referral" }).email.body).toContain("A mutual contact suggested");
  });

  it("has a wording for every source", () => {
    for (const source of CONTACT_SOURCES) expect(howIGotYourName(source)).toMatch(/\.$/);
  });

  it("asks for 20–30 minutes of advice and says plainly it is not a job request", () => {
    for (const t of byId(base).templates) {
      expect(t.body).toContain("20–30 minutes");
      expect(t.body).toMatch(/I'm not asking for a job/);
    }
    expect(byId(base).email.body).toContain(NOT_A_JOB_REQUEST);
    expect(byId(base).email.body).toContain("as Data analyst at Acme Labs");
  });

  it("includes the pitch when given, and not otherwise", () => {
    const pitch = "I'm a junior in statistics who loves public health data.";
    const { email, phone, linkedin } = byId({ ...base, pitch });
    expect(email.body).toContain(pitch);
    expect(phone.body).toContain(pitch);
    expect(linkedin.body).toContain(pitch);
    expect(byId(base).email.body).not.toContain("statistics");
  });

  it("keeps the LinkedIn note within 300 characters, even with very long names and pitch", () => {
    const long = "Maximiliana-Josephine Alexandrova-Worthington ".repeat(6);
    const input = {
      studentName: long,
      contactName: long,
      contactTitle: long,
      organizationName: long,
      referrerName: long,
      source: "referral" as const,
      pitch: "x ".repeat(400),
    };
    const { linkedin } = byId(input);
    expect(LINKEDIN_NOTE_LIMIT).toBe(300);
    expect(linkedin.body.length).toBeLessThanOrEqual(300);
    expect(linkedin.body).toContain("suggested I get in touch");
    expect(linkedin.body).toContain("I'm not asking for a job.");
    for (const source of CONTACT_SOURCES) {
      expect(byId({ ...input, source, referrerName: null }).linkedin.body.length).toBeLessThanOrEqual(300);
    }
  });

  it("keeps the pitch in the LinkedIn note only when it fits", () => {
    const pitch = "p".repeat(200);
    const { linkedin } = byId({ ...base, pitch });
    expect(linkedin.body.length).toBeLessThanOrEqual(300);
    expect(linkedin.body).not.toContain(pitch);
    expect(linkedin.body).toContain("Hi Dana, I'm Ana Diaz");
  });

  it("uses placeholders for blank names instead of empty gaps", () => {
    const { email } = byId({ ...base, studentName: "  ", contactName: "" });
    expect(email.body).toContain("Dear [their name],");
    expect(email.body).toContain("My name is [your name].");
  });
});

describe("followUpTemplate", () => {
  const nudge = {
    studentName: "Ana Diaz",
    contactName: "Dana Reyes",
    channel: "email" as const,
    originalSentOn: "2026-11-13",
    kind: "first" as const,
  };

  it("politely refers to the first message by its date and repeats it is not a job request", () => {
    const t = followUpTemplate(nudge);
    expect(t).toMatchObject({ id: "follow-up", channel: "email", subject: expect.any(String) });
    expect(t.body).toContain("Dear Dana Reyes,");
    expect(t.body).toContain("Friday, November 13");
    expect(t.body).toContain(NOT_A_JOB_REQUEST);
    expect(t.body).toContain("20–30 minutes");
  });

  it("makes the second nudge the last, offering an easy way out", () => {
    const t = followUpTemplate({ ...nudge, kind: "second" });
    expect(t.body).toMatch(/someone else you would suggest/);
  });

  it("keeps a LinkedIn nudge within the note limit", () => {
    const long = "Bartholomew-Alexander Featherstonehaugh ".repeat(10);
    const t = followUpTemplate({ ...nudge, channel: "linkedin", studentName: long, contactName: long });
    expect(t.subject).toBeUndefined();
    expect(t.body.length).toBeLessThanOrEqual(300);
    expect(t.body).toContain("I'm not asking for a job.");
  });
});
