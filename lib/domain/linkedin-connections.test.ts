import { describe, expect, it } from "vitest";
import { normaliseLinkedinUrl, parseContactCsv, MAX_IMPORT_ROWS } from "./linkedin-connections";

// The shape of LinkedIn's own export: notes first, a blank line, then the header.
const LINKEDIN_EXPORT = [
  "\uFEFFNotes:",
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  "",
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  "Dana,Reyes,https://www.linkedin.com/in/dana-reyes,dana@acme.test,Acme Labs,Product Manager,05 Jan 2026",
  'Sam,Lee,http://www.linkedin.com/in/sam-lee,,"Northwind, Inc.","Director, ""Research""",12 Feb 2025',
  "",
  "Kim,,https://www.linkedin.com/in/kim,,,,01 Mar 2024",
  "",
].join("\r\n");

describe("parseContactCsv", () => {
  it("reads LinkedIn's Connections.csv: notes lines, BOM, quoted commas, missing email", () => {
    expect(parseContactCsv(LINKEDIN_EXPORT)).toEqual({
      ok: true,
      format: "linkedin",
      rows: [
        {
          name: "Dana Reyes",
          title: "Product Manager",
          organization: "Acme Labs",
          email: "dana@acme.test",
          phone: "",
          linkedinUrl: "https://www.linkedin.com/in/dana-reyes",
        },
        {
          name: "Sam Lee",
          title: 'Director, "Research"',
          organization: "Northwind, Inc.",
          email: "",
          phone: "",
          linkedinUrl: "http://www.linkedin.com/in/sam-lee",
        },
        {
          name: "Kim",
          title: "",
          organization: "",
          email: "",
          phone: "",
          linkedinUrl: "https://www.linkedin.com/in/kim",
        },
      ],
    });
  });

  it("reads a plain CSV with headers in any case and order, ignoring unknown columns", () => {
    const csv =
      "EMAIL,Name,Organization,Title,Phone,LinkedIn,Favourite colour\nana@x.test, Ana Diaz ,Globex,CTO,555-0100,,blue\n";
    expect(parseContactCsv(csv)).toEqual({
      ok: true,
      format: "plain",
      rows: [
        {
          name: "Ana Diaz",
          title: "CTO",
          organization: "Globex",
          email: "ana@x.test",
          phone: "555-0100",
          linkedinUrl: "",
        },
      ],
    });
  });

  it("keeps quoted line breaks inside one cell", () => {
    const result = parseContactCsv('name,title\n"Ana","Head of\nResearch"\n');
    expect(result.ok && result.rows[0]?.title).toBe("Head of\nResearch");
  });

  it("says when there is no header row or no rows under it", () => {
    expect(parseContactCsv("foo,bar\n1,2\n")).toEqual({ ok: false, error: "no-header" });
    expect(parseContactCsv("")).toEqual({ ok: false, error: "no-header" });
    expect(parseContactCsv("Notes:\nFirst Name,Last Name,URL\n\n ,\n")).toEqual({
      ok: false,
      error: "no-rows",
    });
  });

  it("refuses more rows than the cap", () => {
    const csv = `name\n${Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `P${i}`).join("\n")}`;
    expect(parseContactCsv(csv)).toEqual({ ok: false, error: "too-many-rows" });
  });
});

describe("normaliseLinkedinUrl", () => {
  it("upgrades http and adds a missing scheme", () => {
    expect(normaliseLinkedinUrl("http://www.linkedin.com/in/sam")).toBe("https://www.linkedin.com/in/sam");
    expect(normaliseLinkedinUrl("www.linkedin.com/in/sam")).toBe("https://www.linkedin.com/in/sam");
    expect(normaliseLinkedinUrl(" HTTPS://linkedin.com/in/sam ")).toBe("https://linkedin.com/in/sam");
  });

  it("drops addresses that aren't LinkedIn profiles over http(s)", () => {
    for (const raw of [
      "",
      null,
      "javascript:alert(1)",
      "https://evil.test/in/sam",
      "https://linkedin.com.evil.test/in/sam",
      "ftp://www.linkedin.com/in/sam",
      "https://user:pw@www.linkedin.com/in/sam",
      "not a url at all",
    ]) {
      expect(normaliseLinkedinUrl(raw)).toBeNull();
    }
  });
});
