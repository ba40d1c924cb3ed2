import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { previewRetentionPurge } from "@/lib/data/admin/retention";
import { formatUtcDateTime } from "../../_components/labels";

/** The dry run of the retention purge, next to the setting that drives it: who would go if it ran now. */
export async function RetentionPreviewCard() {
  const preview = await previewRetentionPurge();
  return (
    <Card title="Who the retention period would delete now">
      {preview.retentionDays === null ? (
        <p className="text-slate-700">
          No retention period is set, so no account is ever deleted on a schedule.
        </p>
      ) : preview.candidates.length === 0 ? (
        <EmptyState title="Nobody">
          No student&apos;s cohorts have all been archived for more than {preview.retentionDays} days.
        </EmptyState>
      ) : (
        <>
          <p className="text-slate-700">
            The next scheduled run deletes these {preview.candidates.length} students (cohorts all archived
            more than {preview.retentionDays} days ago), with everything they kept. Each deletion is written
            to the audit log. To keep someone, add them to an open cohort.
          </p>
          <ul className="mt-3 divide-y divide-slate-200" aria-label="Students who would be deleted">
            {preview.candidates.map((c) => (
              <li key={c.id} className="py-2">
                <p className="font-medium text-slate-900">{c.name ?? c.email}</p>
                <p className="text-sm break-words text-slate-600">
                  {c.email} · {c.cohortNames.join(", ")} · last archived {formatUtcDateTime(c.lastArchivedAt)}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
