import "server-only";
import { getDb } from "@/db/client";
import { unsafeEraseAccount } from "@/lib/data/internal/account-erasure";
import { requireStudent } from "@/lib/data/student/scope";

export type AccountDeletion = { status: "deleted" } | { status: "confirmation-mismatch" };

/**
 * Deletes the signed-in student's own account: every record they kept, their enrolments, comments about
 * their work, digests and sessions (lib/data/internal/account-erasure.ts). Only a student may, and only
 * their own: there is no id to pass. Advisors and admins meet a 404; admins deactivate staff instead.
 * `confirmation` must be the student's address, typed.
 */
export async function deleteMyAccount(confirmation: string): Promise<AccountDeletion> {
  const student = await requireStudent();
  if (confirmation.trim().toLowerCase() !== student.email.toLowerCase()) {
    return { status: "confirmation-mismatch" };
  }
  await getDb().transaction((tx) =>
    unsafeEraseAccount(tx, {
      userId: student.id,
      action: "account.deleted",
      actor: { id: student.id, role: "student" },
      details: { by: "the student" },
    }),
  );
  return { status: "deleted" };
}
