import { exportMyDataCsvZip } from "@/lib/data/student/my-data/export";
import { attachment, exportFor, notFoundResponse, today } from "@/app/_lib/download";

/** One CSV per kind of record (contacts, organizations, outreach, interviews, follow-ups, …), zipped. */
export async function GET() {
  const zip = await exportFor(exportMyDataCsvZip);
  if (!zip) return notFoundResponse();
  return attachment(new Uint8Array(zip), `fieldnotes-export-${today()}.zip`, "application/zip");
}
