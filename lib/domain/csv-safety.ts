import Papa from "papaparse";

// A spreadsheet treats a cell starting with = + - @ (and tab or CR, which some strip first) as a formula:
// a contact named "=HYPERLINK(…)" could run when the student opens their export. OWASP's advice is to
// prefix such a cell with a single quote, which spreadsheets show as text.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as safe text. Real numbers and booleans cannot carry a formula and are written as they are;
 * every string (a phone number "+1 555…" included) that could start one is quoted.
 */
export function escapeSpreadsheetCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = value instanceof Date ? value.toISOString() : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A CSV document with a header row, every cell escaped; the BOM makes Excel read it as UTF-8. */
export function toSafeCsv<Column extends string>(
  columns: readonly Column[],
  rows: readonly Partial<Record<Column, unknown>>[],
): string {
  return toSafeCsvRows(
    columns,
    rows.map((row) => columns.map((column) => row[column])),
  );
}

/** toSafeCsv for rows that are already arrays of cells in the header's order. */
export function toSafeCsvRows(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const data = rows.map((cells) => cells.map(escapeSpreadsheetCell));
  return `\uFEFF${Papa.unparse({ fields: header.map(escapeSpreadsheetCell), data }, { newline: "\r\n" })}`;
}
