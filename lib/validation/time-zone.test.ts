import { describe, expect, it } from "vitest";
import { timeZoneSchema } from "./time-zone";

describe("timeZoneSchema", () => {
  it("keeps a current zone name as it is", () => {
    expect(timeZoneSchema.parse("America/New_York")).toBe("America/New_York");
    expect(timeZoneSchema.parse(" UTC ")).toBe("UTC");
  });

  it("saves an old alias under the name that replaced it", () => {
    expect(timeZoneSchema.parse("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(timeZoneSchema.parse("Europe/Kiev")).toBe("Europe/Kyiv");
    expect(timeZoneSchema.parse("Etc/UTC")).toBe("UTC");
  });

  it("refuses an empty choice and a zone nobody knows, with a message for the field", () => {
    expect(timeZoneSchema.safeParse("").error?.issues[0]?.message).toBe("Choose a time zone");
    expect(timeZoneSchema.safeParse("Mars/Olympus").error?.issues[0]?.message).toBe(
      "Choose a time zone from the list",
    );
    expect(timeZoneSchema.safeParse("Asia/Kolkata\u0000").success).toBe(false);
  });
});
