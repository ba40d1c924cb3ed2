import "server-only";
import { notFound } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { requireAssignedCohort } from "@/lib/data/advisor/access";

/**
 * A cohort the signed-in advisor may change: assigned, not archived, and a role allowed to edit assigned
 * cohorts. Anything else answers 404, like a cohort that does not exist.
 */
export async function requireEditableCohort(cohortId: string) {
  const access = await requireAssignedCohort(cohortId);
  if (!can(access.advisor.role, "cohorts:edit-assigned")) notFound();
  return access;
}
