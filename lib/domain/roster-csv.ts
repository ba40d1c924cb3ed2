import Papa from "papaparse";
import { personNameSchema } from "../validation/profile";
import { emailAddressSchema } from "../validation/sign-in";

// An advisor adds students by uploading a list of emails: an export from the registrar or the LMS (a
// header row, several columns, one of them the email, often the name too) or a column typed into a
// spreadsheet (no header). A name column, when the header has one, becomes the student's profile name.
// Addresses are checked with the sign-in schema, so every address the roster accepts can sign in and none
// that sign-in would refuse slips in here.

/** A large lecture course is a few hundred students; a campus-wide cohort is added in several files. */
export const MAX_ROSTER_ROWS = 2000;
/** Checked before parsing, so a huge upload costs nothing: 2,000 rows of several columns fit easily. */
export const MAX_ROSTER_CHARACTERS = 1_000_000;

export type RosterRowStatus = "ok" | "malformed" | "duplicate-in-file";

export const ROSTER_ROW_STATUS_LABEL: Record<RosterRowStatus, string> = {
  ok: "Ready to add",
  malformed: "Not a valid email address",
  "duplicate-in-file": "Already earlier in the file",
};

export type RosterRow = {
  /** The row number a spreadsheet shows for it (header and blank rows count). */
  line: number;
  /** The email cell as uploaded, for showing what was wrong with it. */
  raw: string;
  /** The address as stored: trimmed and lower-cased; null when malformed. */
  email: string | null;
  /** The person's name from the file's name column(s), cleaned; null without one or when unusable. */
  name: string | null;
  status: RosterRowStatus;
};

export type RosterCsvError = "empty" | "too-large" | "too-many-rows" | "no-email-column";

export type ParsedRoster =
  | {
      ok: true;
      /** Each valid address once, in file order. */
      valid: string[];
      /** Every non-blank data row, in file order. */
      rows: RosterRow[];
      hasHeader: boolean;
    }
  | { ok: false; error: RosterCsvError; message: string };

const ERROR_MESSAGE: Record<RosterCsvError, string> = {
  empty: "The file has no email addresses in it.",
  "too-large": "The file is too large. Upload a CSV with at most 2,000 email addresses.",
  "too-many-rows": `The file has more than ${MAX_ROSTER_ROWS.toLocaleString("en")} rows. Split it into smaller files and upload each one.`,
  "no-email-column":
    "We couldn't find the email column. Add a header named “Email” above it, or upload a file with the email addresses alone.",
};

// Header spellings taken as the email column, best first: "Email" beats "Secondary email".
const EXACT_HEADERS = ["email", "e-mail", "email address", "e-mail address", "emailaddress"];
// "Student email", "student_email", "E-Mail (school)"; not "voicemail".
const LOOSE_HEADER = /(^|[^a-z])e-?mail/;

/**
 * Reads a roster CSV into addresses to enrol. The email column is found by its header ("Email", "E-mail",
 * "Email address", anything with "email" in it, any case); without one, a file of a single column is read as
 * addresses from its first row, and a file of several columns uses the column where the first row has an
 * address. Commas, semicolons (European spreadsheet exports) and tabs all work as separators.
 */
export function parseRosterCsv(text: string): ParsedRoster {
  if (text.length > MAX_ROSTER_CHARACTERS) return failure("too-large");
  const body = text.replace(/^\uFEFF/, "");
  const records = Papa.parse<string[]>(body, { delimiter: guessDelimiter(body) }).data;
  const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === "");

  const firstAt = records.findIndex((cells) => !isBlank(cells));
  const first = records[firstAt];
  if (first === undefined) return failure("empty");

  const headerColumn = findHeaderColumn(first);
  const column = headerColumn ?? findAddressColumn(first);
  if (column === null) return failure("no-email-column");
  const dataFrom = headerColumn === null ? firstAt : firstAt + 1;

  const data = records
    .map((cells, index) => ({ cells, line: index + 1 }))
    .slice(dataFrom)
    .filter(({ cells }) => !isBlank(cells));
  if (data.length === 0) return failure("empty");
  if (data.length > MAX_ROSTER_ROWS) return failure("too-many-rows");

  // With a header, other columns are other data ("Personal email"); past its width, only a line's own
  // stray comma puts cells there. Without one, every address on the line is one to enrol.
  const width = headerColumn === null ? 0 : first.length;
  const nameOf = headerColumn === null ? () => null : nameReader(first);
  const seen = new Set<string>();
  const rows = data.flatMap(({ cells, line }) => {
    const addresses = addressesOnLine(cells, column, width);
    // A line holding several addresses has one name cell: it can't say whose name it is.
    const name = addresses.length === 1 ? nameOf(cells) : null;
    return addresses.map((raw): RosterRow => {
      const parsed = emailAddressSchema.safeParse(raw);
      if (!parsed.success) return { line, raw, email: null, name: null, status: "malformed" };
      const email = parsed.data;
      if (seen.has(email)) return { line, raw, email, name, status: "duplicate-in-file" };
      seen.add(email);
      return { line, raw, email, name, status: "ok" };
    });
  });
  return { ok: true, valid: [...seen], rows, hasHeader: headerColumn !== null };
}

/**
 * What a line offers as addresses: its email cell, split where someone typed several into it ("ana@uni.edu,
 * bo@uni.edu" in a quoted cell, or separated by semicolons or spaces), and any other cell from `width` on
 * that holds an "@", which is where an unquoted comma between two addresses puts the second. Each is
 * enrolled or reported on its own; none is dropped silently.
 */
function addressesOnLine(cells: string[], column: number, width: number): string[] {
  const extra = cells.filter((cell, index) => index !== column && index >= width && cell.includes("@"));
  return [cells[column] ?? "", ...extra].flatMap((cell) =>
    (cell.match(/@/g)?.length ?? 0) > 1 ? cell.split(/[\s,;]+/).filter((part) => part !== "") : [cell],
  );
}

function failure(error: RosterCsvError): ParsedRoster {
  return { ok: false, error, message: ERROR_MESSAGE[error] };
}

// Papa's own guess is thrown off by blank lines (it compares field counts per line), so guess on the
// non-blank lines and parse the whole file again with blank lines kept: they keep the row numbers right.
function guessDelimiter(text: string): string {
  const { meta } = Papa.parse<string[]>(text, {
    delimitersToGuess: [",", ";", "\t"],
    skipEmptyLines: "greedy",
    preview: 50,
  });
  return meta.delimiter || ",";
}

function normaliseHeader(cell: string): string {
  return cell.trim().toLowerCase().replace(/\s+/g, " ");
}

function findHeaderColumn(cells: string[]): number | null {
  const names = cells.map(normaliseHeader);
  const exact = names.findIndex((name) => EXACT_HEADERS.includes(name));
  if (exact !== -1) return exact;
  // An address such as "email@school.edu" mentions "email" too; a header never holds an "@".
  const loose = names.findIndex((name) => LOOSE_HEADER.test(name) && !name.includes("@"));
  return loose === -1 ? null : loose;
}

// Header spellings of a whole name, and of its two halves in the order a name is written.
const FULL_NAME_HEADERS = ["name", "full name", "student name", "preferred name", "display name", "student"];
const GIVEN_NAME_HEADERS = ["first name", "firstname", "first", "given name", "preferred first name"];
const FAMILY_NAME_HEADERS = ["last name", "lastname", "last", "surname", "family name"];

/**
 * How to read a line's name, from the header: a full-name column ("Name", "Student name"), else first and
 * last name columns joined ("Ada" + "Lovelace"), else nothing. A name the profile would refuse (too long,
 * invisible characters) is left out rather than stored.
 */
function nameReader(header: string[]): (cells: string[]) => string | null {
  const names = header.map(normaliseHeader);
  const column = (choices: string[]) => {
    const at = names.findIndex((name) => choices.includes(name));
    return at === -1 ? null : at;
  };
  const full = column(FULL_NAME_HEADERS);
  const given = column(GIVEN_NAME_HEADERS);
  const family = column(FAMILY_NAME_HEADERS);
  const columns =
    full !== null ? [full] : given !== null ? [given, ...(family === null ? [] : [family])] : [];
  if (columns.length === 0) return () => null;
  return (cells) => {
    const joined = columns
      .map((at) => cells[at] ?? "")
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
    const parsed = personNameSchema.safeParse(joined);
    return parsed.success ? parsed.data : null;
  };
}

function findAddressColumn(cells: string[]): number | null {
  if (cells.length === 1) return 0;
  const at = cells.findIndex((cell) => cell.includes("@"));
  return at === -1 ? null : at;
}
