import { describe, expect, it } from "vitest";
import { studentDisplayName, studentToday } from "./student-progress";

describe("studentToday", () => {
  it("is the date where the student is, UTC without a valid setting", () => {
    const now = new Date("2026-10-15T02:30:00Z");
    expect(studentToday({ timeZone: "America/New_York" }, now)).toBe("2026-10-14");
    expect(studentToday({ timeZone: "Pacific/Auckland" }, now)).toBe("2026-10-15");
    expect(studentToday({ timeZone: null }, now)).toBe("2026-10-15");
    expect(studentToday({ timeZone: "Mars/Olympus" }, now)).toBe("2026-10-15");
  });
});

describe("studentDisplayName", () => {
  it("is the name, or the email when there is none", () => {
    expect(studentDisplayName({ name: " Ana Diaz ", email: "ana@uni.edu" })).toBe("Ana Diaz");
    expect(studentDisplayName({ name: null, email: "ana@uni.edu" })).toBe("ana@uni.edu");
    expect(studentDisplayName({ name: "  ", email: "ana@uni.edu" })).toBe("ana@uni.edu");
  });
});
