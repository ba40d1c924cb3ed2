import "server-only";
import { LRUCache } from "lru-cache";
import { getEnv } from "@/lib/env";
import { singleton } from "@/lib/singleton";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import { HANDLED_HIDES_MS, type StudentFollowUp } from "@/lib/domain/nudge-rules";
import { calendarDateIn, studentTimeZone } from "@/lib/domain/time-zone";

// Each app instance keeps the last computed dashboard model per cohort, so an advisor paging, sorting and
// filtering a cohort of hundreds does not rebuild every student's rules for each click (that was ~18 ms of the
// server's time per request at 500 students). A model is reused only when it is exactly what computing it
// again would give:
// - the inputs are the same: dashboard-inputs.ts's fingerprint, which PostgreSQL computes from the inputs
//   themselves on every request, so any committed write, from any instance, is seen on the next request;
// - the clock has not crossed a boundary any rule depends on: today's date in every time zone the cohort's
//   students live in (and in UTC, which the chart and goal deadlines use), and the moment the next "handled"
//   mark stops hiding its flag (the one rule that compares instants). A request for an earlier moment (tests
//   pass their own `now`) also computes afresh.
// The cohort's dates come from the request's own access check and are part of the key.
// Models are shared by concurrent requests and must not be mutated. The size is bounded in students
// (DASHBOARD_CACHE_STUDENTS, least recently used first out); 0 turns the cache off.

export type ModelValidity = {
  fingerprint: string;
  /** Whatever else the model was computed from that the inputs' fingerprint does not cover (the term's dates). */
  key: string;
  computedAtMs: number;
  /** The first moment a "handled" mark stops hiding a flag, or Infinity. */
  expiresAtMs: number;
  /** Each time zone the model's rules used (null: the default zone), with the date there when computed. */
  todays: [zone: string | null, today: CalendarDate][];
};

type Entry<Model> = ModelValidity & { model: Model; students: number };

/** The validity of a model computed at `now` from these students' zones and follow-ups. */
export function modelValidity(
  fingerprint: string,
  key: string,
  now: Date,
  zones: Iterable<string | null>,
  followUps: ReadonlyMap<string, StudentFollowUp>,
): ModelValidity {
  const nowMs = now.getTime();
  let expiresAtMs = Number.POSITIVE_INFINITY;
  for (const followUp of followUps.values()) {
    for (const handledAtMs of Object.values(followUp.handledAtMs)) {
      const until = handledAtMs + HANDLED_HIDES_MS;
      if (until > nowMs && until < expiresAtMs) expiresAtMs = until;
    }
  }
  const todays: ModelValidity["todays"] = [];
  for (const zone of new Set<string | null>(["UTC", ...zones])) {
    todays.push([zone, calendarDateIn(now, studentTimeZone(zone))]);
  }
  return { fingerprint, key, computedAtMs: nowMs, expiresAtMs, todays };
}

function stillValid(entry: ModelValidity, fingerprint: string, key: string, now: Date): boolean {
  const nowMs = now.getTime();
  if (entry.fingerprint !== fingerprint || entry.key !== key) return false;
  if (nowMs < entry.computedAtMs || nowMs >= entry.expiresAtMs) return false;
  for (const [zone, today] of entry.todays) {
    if (calendarDateIn(now, studentTimeZone(zone)) !== today) return false;
  }
  return true;
}

class DashboardModelCache {
  private lru: LRUCache<string, Entry<unknown>> | undefined;
  private maxStudents = -1;

  // Read on each use, not when made: tests turn the cache off around a request and on again, and expect
  // what it held before to be there still.
  private entries(): LRUCache<string, Entry<unknown>> | undefined {
    const maxStudents = getEnv().DASHBOARD_CACHE_STUDENTS;
    if (maxStudents === 0) return undefined;
    if (maxStudents !== this.maxStudents) {
      this.maxStudents = maxStudents;
      this.lru = new LRUCache({
        maxSize: maxStudents,
        sizeCalculation: (entry) => Math.max(1, entry.students),
      });
    }
    return this.lru;
  }

  /** The fingerprint of the held model, to send with the inputs' statement; null when none is held. */
  heldFingerprint(cohortId: string): string | null {
    return this.entries()?.peek(cohortId)?.fingerprint ?? null;
  }

  get<Model>(cohortId: string, fingerprint: string, key: string, now: Date): Model | undefined {
    const entry = this.entries()?.get(cohortId);
    if (!entry || !stillValid(entry, fingerprint, key, now)) return undefined;
    return entry.model as Model;
  }

  /** A cohort with more students than the whole cache holds is not kept (lru-cache refuses the entry). */
  set<Model>(cohortId: string, validity: ModelValidity, model: Model, students: number): void {
    this.entries()?.set(cohortId, { ...validity, model, students });
  }
}

/** This process's cache (one per database, as tests point the app at databases of their own). */
export function dashboardModelCache(): DashboardModelCache {
  return singleton("dashboard-model-cache", getEnv().DATABASE_URL, () => new DashboardModelCache());
}
