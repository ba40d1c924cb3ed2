import "server-only";
import { LRUCache } from "lru-cache";
import { getEnv } from "@/lib/env";
import { singleton } from "@/lib/singleton";
import type { AgendaRows } from "@/lib/data/internal/digests/student-batch";
import type { StudentAgenda } from "@/lib/domain/student-agenda";

// Each app instance keeps, per student, the rows their agenda is computed from (every contact, message,
// interview and note: ~530 rows, ~50 KB of JSON at 200 contacts) and the last agenda built from them. Home,
// the outreach and follow-up pages and the calendar feed all read those rows on every request, while they
// change a few times a day; PostgreSQL building the JSON, sending it and the app parsing it was most of what
// home cost beyond rendering.
//
// The rows are reused only while they are what reading them again would give: the statement that would read
// them also reads the student's `student_progress` row version (xmin) and leaves the lists out when it equals
// the one held (student-agenda-rows.ts). Every insert, update and delete on the tables the agenda reads
// (contacts, organizations, outreach, interviews, follow-ups, the profile's time zone) rewrites that row in the
// same transaction (triggers, decision 007), so any committed write, from any instance, is seen on the next
// request. What the row version does not cover (the time zone, the instance's thank-you rules, today's date
// there) is read on every request and keys the agenda built from the rows. Never read the agenda inside a
// transaction that writes those tables afterwards: all its writes share one version (decision 010).
//
// Held rows and agendas are shared by concurrent requests and must not be mutated. The size is bounded in rows
// (AGENDA_CACHE_ROWS, least recently used first out); 0 turns the cache off.

export type HeldAgendaRows = {
  /** The student's `student_progress` row version when the rows were read. */
  revision: string;
  rows: AgendaRows;
  /** The agenda last built from the rows, and the zone, rules and date it was built for. */
  built?: { key: string; agenda: StudentAgenda };
};

class StudentAgendaCache {
  private lru: LRUCache<string, HeldAgendaRows> | undefined;
  private maxRows = -1;

  // Read on each use, not when made: tests turn the cache off around a request and on again, and expect
  // what it held before to be there still.
  private entries(): LRUCache<string, HeldAgendaRows> | undefined {
    const maxRows = getEnv().AGENDA_CACHE_ROWS;
    if (maxRows === 0) return undefined;
    if (maxRows !== this.maxRows) {
      this.maxRows = maxRows;
      this.lru = new LRUCache({
        maxSize: maxRows,
        sizeCalculation: (held) => Math.max(1, rowCount(held.rows)),
      });
    }
    return this.lru;
  }

  /** The rows held for this student, to send their revision with the agenda's statement. */
  held(studentId: string): HeldAgendaRows | undefined {
    return this.entries()?.get(studentId);
  }

  keep(studentId: string, held: HeldAgendaRows): void {
    const entries = this.entries();
    if (!entries) return;
    // A student with more rows than the whole cache may hold is never kept (lru-cache refuses the entry).
    entries.set(studentId, held);
  }
}

function rowCount(rows: AgendaRows): number {
  return rows.contacts.length + rows.outreach.length + rows.interviews.length + rows.followUps.length;
}

/** This process's cache (one per database, as tests point the app at databases of their own). */
export function studentAgendaCache(): StudentAgendaCache {
  return singleton("student-agenda-cache", getEnv().DATABASE_URL, () => new StudentAgendaCache());
}
