import { exportMyData } from "@/lib/data/student/my-data/export";
import { attachment, exportFor, notFoundResponse, today } from "@/app/_lib/download";

/** Everything the student entered, as one JSON document. */
export async function GET() {
  const data = await exportFor(exportMyData);
  if (!data) return notFoundResponse();
  return attachment(
    JSON.stringify(data, null, 2),
    `fieldnotes-export-${today()}.json`,
    "application/json; charset=utf-8",
  );
}
