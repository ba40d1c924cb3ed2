import { addDays, formatISO } from "date-fns";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { CONTROL_CHARACTER_MESSAGE, requiredText, text } from "./fields";
import { thankYouSchema } from "./follow-up";
import { updateInterviewDetailsSchema } from "./interview";
import { parseRouteParam } from "./route-params";

// Every schema in lib/validation, found by file: a new schema is swept without anyone listing it here.
const modules = import.meta.glob<Record<string, unknown>>(["./*.ts", "!./*.test.ts"], { eager: true });

type Schema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };
const isSchema = (value: unknown): value is Schema =>
  typeof value === "object" && value !== null && "_zod" in value && "safeParse" in value;

/** The fields of an object schema, seen through .and(), .refine() and .transform(). */
function fieldsOf(schema: Schema): Record<string, Schema> | null {
  const def = schema._zod.def;
  if (def.type === "object") return def.shape as Record<string, Schema>;
  if (def.type === "intersection")
    return { ...fieldsOf(def.left as Schema), ...fieldsOf(def.right as Schema) };
  if (def.type === "pipe") return fieldsOf(def.in as Schema);
  return null;
}

const NUL_TEXT = "Ana\u0000Diaz";

/** What a field does with a string holding NUL: refuse it, or turn it into something that is not text. */
function acceptsNul(field: Schema): boolean {
  const def = field._zod.def;
  if (def.type === "array") {
    const element = def.element as Schema;
    const inner = fieldsOf(element);
    if (inner) return Object.values(inner).some(acceptsNul);
    return acceptsNul(element);
  }
  const result = field.safeParse(NUL_TEXT);
  return result.success && JSON.stringify(result.data ?? null).includes("\\u0000");
}

describe("control characters (a NUL typed or pasted gave a 500 from PostgreSQL)", () => {
  const swept: string[] = [];
  for (const [file, exports] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(exports)) {
      if (!isSchema(value)) continue;
      const fields = fieldsOf(value);
      const entries = fields ? Object.entries(fields) : [["(whole)", value] as const];
      for (const [key] of entries) swept.push(`${file} ${name}.${key}`);
      it(`${file}: ${name} lets no NUL through`, () => {
        const leaking = entries.filter(([, field]) => acceptsNul(field)).map(([key]) => key);
        expect(leaking).toEqual([]);
      });
    }
  }

  it("sweeps every form's fields", () => {
    expect(swept.length).toBeGreaterThan(100);
    expect(swept).toContain("./contact.ts contactFields.name");
    expect(swept).toContain("./list-query.ts searchText.(whole)");
  });

  it("says what is wrong, and lets tab and line breaks through where text areas hold them", () => {
    const result = text().safeParse("a\u0007b");
    expect(result.error?.issues[0]?.message).toBe(CONTROL_CHARACTER_MESSAGE);
    for (const c of ["\u0000", "\u001B", "\u007F", "\u0085"])
      expect(text().safeParse(`a${c}`).success).toBe(false);
    expect(text().safeParse("line one\r\n\tline two").success).toBe(true);
  });

  it("refuses route parameters that cannot name a record", () => {
    expect(parseRouteParam("a\u0000b")).toBeNull();
    expect(parseRouteParam("")).toBeNull();
    expect(parseRouteParam(undefined)).toBeNull();
    expect(parseRouteParam(["c1", "c2"])).toBe("c1");
    expect(parseRouteParam("3f1c2e9a-0b7d-4c55-9a3e-5d2f1b8c7a60")).toBe(
      "3f1c2e9a-0b7d-4c55-9a3e-5d2f1b8c7a60",
    );
  });
});

describe("names", () => {
  const name = requiredText("the person's name");
  const messageFor = (value: string) => name.safeParse(value).error?.issues[0]?.message;

  it("refuses a name made only of invisible characters", () => {
    expect(messageFor("\u200B\u200C\u200D")).toBe("Enter the person's name");
    expect(messageFor(" \uFEFF\u2060 ")).toBe("Enter the person's name");
    expect(name.safeParse("Zoë\u200DAna").success).toBe(true); // a joiner inside a real name is fine
  });

  it("refuses text-direction overrides, which make a name show as something else", () => {
    expect(messageFor("Ana\u202Egpj.exe")).toBe(
      "Remove the invisible text-direction characters from the person's name",
    );
    expect(messageFor("\u2066Ana\u2069")).toMatch(/text-direction/);
    expect(name.safeParse("نادية").success).toBe(true); // right-to-left script itself is welcome
  });
});

describe("dates that cannot be true yet", () => {
  const today = new Date();
  const day = (offset: number) => formatISO(addDays(today, offset), { representation: "date" });

  it("refuses a thank-you dated in the future, as outreach does", () => {
    const thanks = (sentOn: string) =>
      thankYouSchema.safeParse({
        sentOn,
        channel: "email",
        interviewId: "i1",
        creationKey: "3f1c2e9a-0b7d-4c55-9a3e-5d2f1b8c7a60",
      });
    expect(thanks("9999-12-31").error?.issues[0]).toMatchObject({
      path: ["sentOn"],
      message: "The date you sent it can't be in the future",
    });
    expect(thanks(day(7)).success).toBe(false);
    expect(thanks(day(0)).success).toBe(true);
    expect(thanks(day(-3)).success).toBe(true);
  });

  it("refuses to mark an interview completed before it has happened", () => {
    const details = (date: string, status: string) =>
      updateInterviewDetailsSchema.safeParse({
        id: "i1",
        version: "1",
        date,
        time: "10:00",
        timeZone: "America/New_York",
        format: "video",
        status,
      });
    expect(details(day(10), "completed").error?.issues[0]).toMatchObject({
      path: ["status"],
      message: expect.stringMatching(/still ahead, so it can't be completed yet/),
    });
    expect(details(day(10), "scheduled").success).toBe(true);
    expect(details(day(-2), "completed").success).toBe(true);
  });
});
