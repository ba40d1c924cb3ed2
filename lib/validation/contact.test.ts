import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./action-state";
import { contactFields, createContactSchema, updateContactSchema } from "./contact";

function errorsFor(fields: Record<string, string>) {
  const result = contactFields.safeParse({ name: "Dana Reyes", ...fields });
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("contact form", () => {
  it("turns a minimal form into clean values with defaults", () => {
    expect(contactFields.parse({ name: "  Dana Reyes ", source: "", keepInTouchCadence: "" })).toEqual({
      name: "Dana Reyes",
      title: "",
      organizationId: null,
      email: null,
      phone: null,
      linkedinUrl: null,
      source: "other",
      notes: "",
      notesPrivate: false,
      referredByContactId: null,
      keepInTouchCadence: "off",
    });
  });

  it("keeps a full form, trimming and lower-casing the email", () => {
    expect(
      contactFields.parse({
        name: "Dana",
        email: "  Dana@Example.COM ",
        phone: "+1 (555) 010-2000",
        linkedinUrl: "HTTPS://www.linkedin.com/in/dana",
        source: "alumni",
        notesPrivate: "on",
        keepInTouchCadence: "quarterly",
      }),
    ).toMatchObject({
      email: "dana@example.com",
      phone: "+1 (555) 010-2000",
      linkedinUrl: "https://www.linkedin.com/in/dana",
      source: "alumni",
      notesPrivate: true,
      keepInTouchCadence: "quarterly",
    });
  });

  it("asks for a name", () => {
    expect(contactFields.safeParse({ name: "   " }).error?.issues[0]?.message).toBe(
      "Enter the person's name",
    );
  });

  it("refuses a LinkedIn address that is not https", () => {
    expect(errorsFor({ linkedinUrl: "http://www.linkedin.com/in/dana" })).toEqual({
      linkedinUrl: ["Enter a LinkedIn address starting with https://"],
    });
  });

  it("refuses an email address that isn't one", () => {
    expect(Object.keys(errorsFor({ email: "dana at example" }))).toEqual(["email"]);
    expect(Object.keys(errorsFor({ email: "dana@example" }))).toEqual(["email"]);
  });

  it("refuses a phone number with letters or over 40 characters", () => {
    expect(Object.keys(errorsFor({ phone: "555-CALL-NOW" }))).toEqual(["phone"]);
    expect(Object.keys(errorsFor({ phone: "1".repeat(41) }))).toEqual(["phone"]);
  });

  it("refuses a source or cadence outside the lists", () => {
    expect(Object.keys(errorsFor({ source: "psychic", keepInTouchCadence: "daily" })).sort()).toEqual([
      "keepInTouchCadence",
      "source",
    ]);
  });

  it("needs a creation key to create and a version to update", () => {
    expect(createContactSchema.safeParse({ name: "Dana" }).success).toBe(false);
    expect(
      createContactSchema.safeParse({ name: "Dana", creationKey: "0b8a3b3e-3c1e-4a53-9a52-8f0c2a1d4e5f" })
        .success,
    ).toBe(true);
    expect(updateContactSchema.parse({ name: "Dana", id: "c1", version: "3" })).toMatchObject({
      id: "c1",
      version: 3,
    });
  });
});
