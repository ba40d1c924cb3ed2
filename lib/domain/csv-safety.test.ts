import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { escapeSpreadsheetCell, toSafeCsv } from "./csv-safety";

describe("escapeSpreadsheetCell", () => {
  it.each(["=", "+", "-", "@", "\t", "\r"])("quotes a cell starting with %j", (start) => {
    expect(escapeSpreadsheetCell(`${start}SUM(A1:A9)`)).toBe(`'${start}SUM(A1:A9)`);
  });

  it("quotes the classic payloads", () => {
    expect(escapeSpreadsheetCell('=HYPERLINK("http://evil.test","x")')).toBe(
      `'=HYPERLINK("http://evil.test","x")`,
    );
    expect(escapeSpreadsheetCell("@cmd|' /C calc'!A0")).toBe("'@cmd|' /C calc'!A0");
    expect(escapeSpreadsheetCell("+1 555 0100")).toBe("'+1 555 0100");
  });

  it("leaves harmless text alone, including dangerous characters later in the value", () => {
    for (const text of [
      "Dana Reyes",
      "a=b",
      "dana@acme.test",
      "100% remote",
      " =leading space",
      "",
      "'quoted",
    ]) {
      expect(escapeSpreadsheetCell(text)).toBe(text);
    }
  });

  it("writes numbers and booleans as they are, but quotes numeric-looking strings", () => {
    expect(escapeSpreadsheetCell(42)).toBe("42");
    expect(escapeSpreadsheetCell(-5)).toBe("-5");
    expect(escapeSpreadsheetCell(0)).toBe("0");
    expect(escapeSpreadsheetCell(true)).toBe("true");
    expect(escapeSpreadsheetCell("-5")).toBe("'-5");
  });

  it("writes null as empty and dates as ISO instants", () => {
    expect(escapeSpreadsheetCell(null)).toBe("");
    expect(escapeSpreadsheetCell(undefined)).toBe("");
    expect(escapeSpreadsheetCell(new Date("2026-01-05T10:00:00Z"))).toBe("2026-01-05T10:00:00.000Z");
  });
});

describe("toSafeCsv", () => {
  it("escapes every cell and quotes commas, quotes and newlines", () => {
    const csv = toSafeCsv(
      ["name", "notes"],
      [
        { name: "=1+1", notes: 'said "hi", then\nleft' },
        { name: "Plain", notes: null },
      ],
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.data).toEqual([
      ["name", "notes"],
      ["'=1+1", 'said "hi", then\nleft'],
      ["Plain", ""],
    ]);
  });
});
