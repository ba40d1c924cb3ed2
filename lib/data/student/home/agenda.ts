import "server-only";
import { sql } from "drizzle-orm";
import { executePrepared } from "@/lib/data/internal/prepared-sql";
import {
  agendaColumns,
  agendaFromRow,
  heldAgendaRevision,
  type AgendaRow,
  type MyAgenda,
} from "@/lib/data/internal/student-agenda-rows";
import { requireStudent } from "@/lib/data/student/scope";

export type { MyAgenda };

/**
 * The signed-in student's agenda and pipeline: one statement, however many contacts they have; every rule is
 * applied in one pass over the rows (student-agenda.ts).
 */
export async function getMyAgenda(now = new Date()): Promise<MyAgenda> {
  const student = await requireStudent();
  return unsafeLoadStudentAgenda(student.id, now);
}

/**
 * One student's agenda. Unsafe: it checks nobody. For the student themselves (getMyAgenda) and their calendar
 * feed, which is reached by a token instead of a session. The rows become an agenda in assembleStudentAgenda,
 * the one assembly the weekly digest and the daily reminder use too.
 */
export async function unsafeLoadStudentAgenda(studentId: string, now = new Date()): Promise<MyAgenda> {
  const { held, revision } = heldAgendaRevision(studentId);
  const [row] = await executePrepared<AgendaRow>(sql`select ${agendaColumns(studentId, revision)}`);
  return agendaFromRow(studentId, row!, now, held);
}
