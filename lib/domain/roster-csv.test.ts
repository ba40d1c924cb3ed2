import { describe, expect, it } from "vitest";
import { emailAddressSchema } from "../validation/sign-in";
import { MAX_ROSTER_CHARACTERS, MAX_ROSTER_ROWS, parseRosterCsv, type ParsedRoster } from "./roster-csv";

function parsed(text: string): Extract<ParsedRoster, { ok: true }> {
  const result = parseRosterCsv(text);
  if (!result.ok) throw new Error(`expected a roster, got ${result.error}`);
  return result;
}

describe("parseRosterCsv", () => {
  it("reads a single column without a header", () => {
    expect(parseRosterCsv("ana@uni.edu\nbo@uni.edu\n")).toEqual({
      ok: true,
      valid: ["ana@uni.edu", "bo@uni.edu"],
      rows: [
        { line: 1, raw: "ana@uni.edu", email: "ana@uni.edu", name: null, status: "ok" },
        { line: 2, raw: "bo@uni.edu", email: "bo@uni.edu", name: null, status: "ok" },
      ],
      hasHeader: false,
    });
  });

  it("finds the email column by its header among others", () => {
    const roster = parsed(
      'Name,Student ID,Email\r\n"Diaz, Ana",123,ana@uni.edu\r\nBo Lee,456,bo@uni.edu\r\n',
    );
    expect(roster.hasHeader).toBe(true);
    expect(roster.valid).toEqual(["ana@uni.edu", "bo@uni.edu"]);
    expect(roster.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it.each([
    "Email",
    "E-mail",
    "Email address",
    "EMAIL ADDRESS",
    "E-Mail Address",
    "Student email",
    "student_email",
  ])("takes %j as the email header", (header) => {
    expect(parsed(`Name,${header}\nAna,ana@uni.edu\n`)).toMatchObject({
      hasHeader: true,
      valid: ["ana@uni.edu"],
    });
  });

  it("prefers a plain 'Email' header over another that mentions email", () => {
    expect(parsed("Personal email,Email\nana@gmail.test,ana@uni.edu\n").valid).toEqual(["ana@uni.edu"]);
  });

  it("does not mistake an address that starts with 'email' for a header", () => {
    expect(parsed("email@uni.edu\nbo@uni.edu\n")).toMatchObject({
      hasHeader: false,
      valid: ["email@uni.edu", "bo@uni.edu"],
    });
  });

  it("uses the column holding an address when there is no header", () => {
    expect(parsed("Ana Diaz,ana@uni.edu,2027\nBo Lee,bo@uni.edu,2026\n").valid).toEqual([
      "ana@uni.edu",
      "bo@uni.edu",
    ]);
  });

  it("reads semicolon- and tab-separated files", () => {
    expect(parsed("Name;Email\nAna;ana@uni.edu\n\nBo;bo@uni.edu\n").valid).toEqual([
      "ana@uni.edu",
      "bo@uni.edu",
    ]);
    expect(parsed("Name\tEmail\nAna\tana@uni.edu\n").valid).toEqual(["ana@uni.edu"]);
  });

  it("trims, lower-cases and skips a byte-order mark", () => {
    expect(parsed("\uFEFFEmail\n  Ana.Diaz@UNI.edu  \n")).toMatchObject({
      valid: ["ana.diaz@uni.edu"],
      rows: [{ line: 2, raw: "  Ana.Diaz@UNI.edu  ", email: "ana.diaz@uni.edu", status: "ok" }],
    });
  });

  it("marks later copies of an address as duplicates, whatever their case", () => {
    const roster = parsed("ana@uni.edu\nbo@uni.edu\nANA@uni.edu\n");
    expect(roster.valid).toEqual(["ana@uni.edu", "bo@uni.edu"]);
    expect(roster.rows.map((r) => r.status)).toEqual(["ok", "ok", "duplicate-in-file"]);
    expect(roster.rows[2]).toEqual({
      line: 3,
      raw: "ANA@uni.edu",
      email: "ana@uni.edu",
      name: null,
      status: "duplicate-in-file",
    });
  });

  it("marks what is not a plain address as malformed and keeps it visible", () => {
    const roster = parsed(
      [
        "Email",
        "not-an-email",
        '"Ana Diaz <ana@uni.edu>"',
        "ana@@uni.edu",
        "ana@uni",
        "ana..diaz@uni.edu",
        "jo@uni.edu",
      ].join("\n"),
    );
    expect(roster.valid).toEqual(["jo@uni.edu"]);
    expect(roster.rows.map((r) => [r.line, r.status])).toEqual([
      [2, "malformed"],
      [3, "malformed"],
      [4, "malformed"],
      [5, "malformed"],
      [6, "malformed"],
      [7, "ok"],
    ]);
    expect(roster.rows[1]).toMatchObject({ raw: "Ana Diaz <ana@uni.edu>", email: null });
  });

  it("marks a row with an empty email cell as malformed", () => {
    expect(parsed("Name,Email\nAna,\nBo,bo@uni.edu\n").rows).toEqual([
      { line: 2, raw: "", email: null, name: null, status: "malformed" },
      { line: 3, raw: "bo@uni.edu", email: "bo@uni.edu", name: "Bo", status: "ok" },
    ]);
  });

  it("enrols each of two addresses typed on one line, and reports a bad one, instead of dropping it", () => {
    // Unquoted, the comma splits the line into a second cell; quoted, both sit in the email cell.
    expect(parsed("ana@uni.edu, bo@uni.edu\ncy@uni.edu\n").rows).toEqual([
      { line: 1, raw: "ana@uni.edu", email: "ana@uni.edu", name: null, status: "ok" },
      { line: 1, raw: " bo@uni.edu", email: "bo@uni.edu", name: null, status: "ok" },
      { line: 2, raw: "cy@uni.edu", email: "cy@uni.edu", name: null, status: "ok" },
    ]);
    expect(parsed('Name,Email\nAna,"ana@uni.edu, bo@uni.edu"\nCy,cy@uni.edu;dee@uni\n').rows).toEqual([
      { line: 2, raw: "ana@uni.edu", email: "ana@uni.edu", name: null, status: "ok" },
      { line: 2, raw: "bo@uni.edu", email: "bo@uni.edu", name: null, status: "ok" },
      { line: 3, raw: "cy@uni.edu", email: "cy@uni.edu", name: null, status: "ok" },
      { line: 3, raw: "dee@uni", email: null, name: null, status: "malformed" },
    ]);
    expect(parsed("Name,Email\nAna,ana@uni.edu,bo@uni.edu\n").valid).toEqual(["ana@uni.edu", "bo@uni.edu"]);
  });

  it("still reads one column of a header file, whatever other columns hold", () => {
    expect(parsed("Personal email,Email\nana@gmail.test,ana@uni.edu\n").valid).toEqual(["ana@uni.edu"]);
  });

  it("numbers rows as a spreadsheet does, blank rows included", () => {
    const roster = parsed("\n\nEmail\r\n\r\nana@uni.edu\r\n,\r\nbo@uni.edu");
    expect(roster.rows.map((r) => r.line)).toEqual([5, 7]);
  });

  it("agrees with the sign-in schema on what an address is", () => {
    const samples = [
      "a@b.co",
      "first.last+tag@sub.uni.edu",
      "o'brien@uni.edu",
      "x@localhost",
      "ünï@uni.edu",
      "a b@uni.edu",
      "a@-uni.edu",
      `${"a".repeat(250)}@u.edu`,
    ];
    const roster = parsed(samples.join("\n"));
    expect(roster.rows.map((r) => r.status === "ok")).toEqual(
      samples.map((s) => emailAddressSchema.safeParse(s).success),
    );
  });

  describe("refuses", () => {
    it("an empty file, or a header alone", () => {
      for (const text of ["", "\n\n", "Email\n", " , \n"]) {
        expect(parseRosterCsv(text)).toMatchObject({ ok: false, error: "empty" });
      }
    });

    it("a file with several columns and no email column", () => {
      expect(parseRosterCsv("Name,Student ID\nAna,123\n")).toEqual({
        ok: false,
        error: "no-email-column",
        message: expect.stringContaining("Email"),
      });
    });

    it(`more than ${MAX_ROSTER_ROWS} rows, but not exactly that many`, () => {
      const rows = (n: number) => Array.from({ length: n }, (_, i) => `s${i}@uni.edu`);
      expect(parsed(["Email", ...rows(MAX_ROSTER_ROWS)].join("\n")).valid).toHaveLength(MAX_ROSTER_ROWS);
      expect(parseRosterCsv(rows(MAX_ROSTER_ROWS + 1).join("\n"))).toEqual({
        ok: false,
        error: "too-many-rows",
        message: "The file has more than 2,000 rows. Split it into smaller files and upload each one.",
      });
    });

    it("a file too large to be a roster, before reading it", () => {
      expect(parseRosterCsv("x".repeat(MAX_ROSTER_CHARACTERS + 1))).toMatchObject({
        ok: false,
        error: "too-large",
      });
    });
  });

  describe("names", () => {
    const names = (csv: string) => parsed(csv).rows.map((r) => [r.email, r.name]);

    it("takes the name column of a header as each row's name, cleaned", () => {
      expect(names("Student name,Email\n  Ana   Diaz ,ana@uni.edu\n,bo@uni.edu\n")).toEqual([
        ["ana@uni.edu", "Ana Diaz"],
        ["bo@uni.edu", null],
      ]);
      expect(names("Email;Name\nana@uni.edu;Ana Díaz\n")).toEqual([["ana@uni.edu", "Ana Díaz"]]);
    });

    it("joins first and last name columns, in that order, whatever order the file has them in", () => {
      expect(names("Last name,First name,Email\nDiaz,Ana,ana@uni.edu\nLee,,bo@uni.edu\n")).toEqual([
        ["ana@uni.edu", "Ana Diaz"],
        ["bo@uni.edu", "Lee"],
      ]);
      expect(names("Given name,Email\nAna,ana@uni.edu\n")).toEqual([["ana@uni.edu", "Ana"]]);
    });

    it("has no names without a header, and none a profile would refuse", () => {
      expect(names("Ana Diaz,ana@uni.edu\n")).toEqual([["ana@uni.edu", null]]);
      expect(names(`Name,Email\n${"A".repeat(101)},ana@uni.edu\n\u200B,bo@uni.edu\n`)).toEqual([
        ["ana@uni.edu", null],
        ["bo@uni.edu", null],
      ]);
    });

    it("gives no name to a line holding several addresses: it can't say whose it is", () => {
      expect(names('Name,Email\nAna,"ana@uni.edu, bo@uni.edu"\n')).toEqual([
        ["ana@uni.edu", null],
        ["bo@uni.edu", null],
      ]);
    });
  });
});
