import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema/index";
import { requirePermission, type Viewer } from "@/lib/auth/session";
import { recordAudit } from "@/lib/data/internal/audit";
import { calendarDateIn } from "@/lib/domain/time-zone";
import { sendMail } from "@/lib/email/send-mail";
import type { DigestPreviewInput } from "@/lib/validation/digest-preferences";
import { unsafeRenderDigestPreview } from "@/lib/data/internal/digests/content";

// Admins preview anyone's digest for this week and send one to themselves. The preview is the
// digest as it would go out, built by the same code, so it shows names, counts and links, never notes.

export type DigestRecipientOption = { id: string; label: string; role: "student" | "advisor" };

const PREVIEW_LIST_LIMIT = 1000;

/** Monday of the current UTC week, as the digest queue names weeks. */
export function currentWeekStart(now = new Date()): string {
  const day = (now.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return calendarDateIn(new Date(now.getTime() - day * 86_400_000), "UTC");
}

export async function listDigestRecipients(): Promise<DigestRecipientOption[]> {
  await requirePermission("people:manage");
  const rows = await getDb()
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, ["student", "advisor"])))
    .orderBy(asc(users.role), asc(users.name), asc(users.email))
    .limit(PREVIEW_LIST_LIMIT);
  return rows.map((row) => ({
    id: row.id,
    label: `${row.name ?? row.email} (${row.role}, ${row.email})`,
    role: row.role as "student" | "advisor",
  }));
}

export type DigestPreview = { subject: string; html: string; text: string } | null;

/** This week's digest for someone, as they would get it now; null when nothing would be sent. */
export async function previewDigest(input: DigestPreviewInput, now = new Date()): Promise<DigestPreview> {
  const admin = await requirePermission("people:manage");
  const mail = await unsafeRenderDigestPreview(
    { recipientId: input.userId, kind: input.kind, weekStart: currentWeekStart(now) },
    now,
  );
  if (mail) await auditStudentDigestLook(admin, input, "preview");
  return mail && { subject: mail.subject, html: mail.html, text: mail.text };
}

/** Sends that digest to the signed-in admin, marked as a test; "empty" when nothing would be sent. */
export async function sendTestDigestToMyself(input: DigestPreviewInput): Promise<"sent" | "empty"> {
  const admin = await requirePermission("people:manage");
  const now = new Date();
  const mail = await unsafeRenderDigestPreview(
    { recipientId: input.userId, kind: input.kind, weekStart: currentWeekStart(now) },
    now,
  );
  if (!mail) return "empty";
  await auditStudentDigestLook(admin, input, "test mail");
  await sendMail({ to: admin.email, subject: `[Test] ${mail.subject}`, html: mail.html, text: mail.text });
  return "sent";
}

/** A student's digest is drawn from their records, so an admin who sees one is on the audit record. */
async function auditStudentDigestLook(admin: Viewer, input: DigestPreviewInput, how: string) {
  if (input.kind !== "student") return;
  await recordAudit(admin, [
    { action: "digest.preview", subjectUserId: input.userId, basisCohortId: null, details: { how } },
  ]);
}
