import { auditActionLabel } from "@/app/_components/audit-action-label";
import { attachment, exportFor, notFoundResponse } from "@/app/_lib/download";
import { exportAuditEventsCsv } from "@/lib/data/admin/audit-log";
import { auditLogFilterSchema } from "@/lib/validation/audit-log";

// The audit log as the admin filtered it, as a download. Who may export, and the audit row for the export
// itself, are decided in lib/data.
export async function GET(request: Request) {
  const filter = auditLogFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const file = await exportFor(() => exportAuditEventsCsv(filter, (action) => auditActionLabel(action)));
  if (!file) return notFoundResponse();
  return attachment(file.csv, file.filename, "text/csv; charset=utf-8");
}
