import Papa from "papaparse";

// Contacts arrive as LinkedIn's "Connections.csv" (a few "Notes:" lines, then the header
// `First Name,Last Name,URL,Email Address,Company,Position,Connected On`) or as a plain CSV with
// name,title,organization,email,phone,linkedin columns. Both become the same raw rows; validation is
// the zod schema's job (lib/validation/contact-import.ts), so a bad row is shown, not silently dropped.

export type ContactCsvFormat = "linkedin" | "plain";

export type RawContactRow = {
  name: string;
  title: string;
  organization: string;
  email: string;
  phone: string;
  linkedinUrl: string;
};

export type ParsedContactCsv =
  | { ok: true; format: ContactCsvFormat; rows: RawContactRow[] }
  | { ok: false; error: "no-header" | "no-rows" | "too-many-rows" };

/** A student's network is hundreds of people; the cap keeps one upload (and its preview) bounded. */
export const MAX_IMPORT_ROWS = 3000;

const LINKEDIN_COLUMNS = {
  firstName: "first name",
  lastName: "last name",
  url: "url",
  email: "email address",
  company: "company",
  position: "position",
} as const;

// Plain files: each field and the header spellings accepted for it, compared lower-cased and trimmed.
const PLAIN_COLUMNS: Record<keyof RawContactRow, readonly string[]> = {
  name: ["name", "full name"],
  title: ["title", "role", "position", "job title"],
  organization: ["organization", "organisation", "company"],
  email: ["email", "email address", "e-mail"],
  phone: ["phone", "phone number", "telephone"],
  linkedinUrl: ["linkedin", "linkedin url", "linkedin profile"],
};

/** Reads a CSV file's text into contact rows, finding the header row wherever it sits. */
export function parseContactCsv(text: string): ParsedContactCsv {
  const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    delimiter: ",",
    skipEmptyLines: "greedy",
  });
  const headerAt = data.findIndex((cells) => headerFormat(cells) !== null);
  const header = data[headerAt];
  if (!header) return { ok: false, error: "no-header" };
  const format = headerFormat(header)!;
  const columns = header.map(normaliseHeader);
  const body = data.slice(headerAt + 1).filter((cells) => cells.some((cell) => cell.trim() !== ""));
  if (body.length === 0) return { ok: false, error: "no-rows" };
  if (body.length > MAX_IMPORT_ROWS) return { ok: false, error: "too-many-rows" };

  const cellOf = (cells: string[], names: readonly string[]) => {
    const at = columns.findIndex((c) => names.includes(c));
    return at === -1 ? "" : (cells[at] ?? "").trim();
  };
  const rows = body.map((cells): RawContactRow => {
    if (format === "linkedin") {
      return {
        name: [cellOf(cells, [LINKEDIN_COLUMNS.firstName]), cellOf(cells, [LINKEDIN_COLUMNS.lastName])]
          .filter(Boolean)
          .join(" "),
        title: cellOf(cells, [LINKEDIN_COLUMNS.position]),
        organization: cellOf(cells, [LINKEDIN_COLUMNS.company]),
        email: cellOf(cells, [LINKEDIN_COLUMNS.email]),
        phone: "",
        linkedinUrl: cellOf(cells, [LINKEDIN_COLUMNS.url]),
      };
    }
    return {
      name: cellOf(cells, PLAIN_COLUMNS.name),
      title: cellOf(cells, PLAIN_COLUMNS.title),
      organization: cellOf(cells, PLAIN_COLUMNS.organization),
      email: cellOf(cells, PLAIN_COLUMNS.email),
      phone: cellOf(cells, PLAIN_COLUMNS.phone),
      linkedinUrl: cellOf(cells, PLAIN_COLUMNS.linkedinUrl),
    };
  });
  return { ok: true, format, rows };
}

/**
 * A LinkedIn profile address as https, or null when it isn't one: http is upgraded, a bare
 * "www.linkedin.com/in/…" gains its scheme, and anything off linkedin.com is dropped rather than stored.
 */
export function normaliseLinkedinUrl(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const host = url.hostname.toLowerCase();
  if (host !== "linkedin.com" && !host.endsWith(".linkedin.com")) return null;
  if (url.username || url.password) return null;
  url.protocol = "https:";
  url.port = "";
  return url.toString();
}

function normaliseHeader(cell: string) {
  return cell.trim().toLowerCase().replace(/\s+/g, " ");
}

function headerFormat(cells: string[]): ContactCsvFormat | null {
  const names = new Set(cells.map(normaliseHeader));
  if (names.has(LINKEDIN_COLUMNS.firstName) && names.has(LINKEDIN_COLUMNS.lastName)) return "linkedin";
  if (PLAIN_COLUMNS.name.some((n) => names.has(n))) return "plain";
  return null;
}
