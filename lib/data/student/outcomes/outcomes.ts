import "server-only";
import type { OutcomeInput } from "@/lib/validation/outcome";
import {
  deleteOutcomeOf,
  insertOutcome,
  loadOutcomeChoices,
  loadOutcomes,
  updateOutcomeOf,
  type OutcomeChoices,
  type OutcomeSave,
  type OutcomeSummary,
} from "@/lib/data/internal/outcome-records";
import { requireStudent } from "@/lib/data/student/scope";

// The student's own outcomes: what their networking led to. Their advisor may record one for them too
// (lib/data/advisor/students/outcomes.ts); either way the record is the student's to edit or delete.

export type { OutcomeChoices, OutcomeSummary };

export async function listMyOutcomes(): Promise<OutcomeSummary[]> {
  const student = await requireStudent();
  return loadOutcomes(student.id, "student");
}

/** The contacts and interviews an outcome can name as having led to it. */
export async function listMyOutcomeChoices(): Promise<OutcomeChoices> {
  const student = await requireStudent();
  return loadOutcomeChoices(student.id);
}

export async function createOutcome(input: OutcomeInput & { creationKey: string }): Promise<{ id: string }> {
  const student = await requireStudent();
  return { id: await insertOutcome(student.id, student.id, input) };
}

export async function updateOutcome(
  input: OutcomeInput & { id: string; version: number },
): Promise<OutcomeSave> {
  const student = await requireStudent();
  return updateOutcomeOf(student.id, input);
}

export async function deleteOutcome(id: string): Promise<void> {
  const student = await requireStudent();
  await deleteOutcomeOf(student.id, id);
}
