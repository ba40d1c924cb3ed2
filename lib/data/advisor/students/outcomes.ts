import "server-only";
import type { OutcomeInput } from "@/lib/validation/outcome";
import { requireStudentAccess } from "@/lib/data/advisor/access";
import { insertOutcome } from "@/lib/data/internal/outcome-records";

/**
 * An advisor records an outcome for a student in one of their cohorts (the student told them in person,
 * say). It becomes the student's record, marked as recorded by the advisor; the write is audited.
 */
export async function recordOutcomeForStudent(
  studentId: string,
  input: OutcomeInput & { creationKey: string },
): Promise<{ id: string }> {
  const { advisor } = await requireStudentAccess(studentId, "outcome.record", { kind: input.kind });
  return { id: await insertOutcome(studentId, advisor.id, input) };
}
