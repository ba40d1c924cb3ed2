import { describe, expect, it } from "vitest";
import { loadCohortFacts } from "@/lib/data/internal/cohort-facts";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import { thankYouTimings } from "@/lib/domain/thank-you-tally";
import { createCohort, enrolStudent } from "../factories/cohorts";
import { createContact, createFollowUp, createInterview } from "../factories/student-records";
import { createUser } from "../factories/users";

// The dashboard matches thank-yous to interviews in SQL (lib/data/cohort-facts.ts), so a cohort of 500 costs
// one aggregate query; the advisor's student page and the digests match them in TypeScript
// (thankYouTimings). This checks over random seeded worlds that both give every student the same delays
// and the same unthanked days: the one rule, written twice on purpose, cannot drift.

const SEEDS = [7, 20261201, 99991];
const STUDENTS = 3;
const ZONES = ["UTC", "America/Los_Angeles", "Pacific/Auckland", "Asia/Kolkata", "Europe/Paris"];

/** mulberry32: a small, well-known seeded generator; enough for choosing test data. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sorted = <T>(values: readonly T[]) => [...values].sort();

describe("thank-you matching: the dashboard's SQL and thankYouTimings agree", () => {
  for (const seed of SEEDS) {
    it(`on random interviews and notes (seed ${seed})`, async () => {
      const random = prng(seed);
      const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
      const cohort = await createCohort();
      const expected = new Map<string, ReturnType<typeof thankYouTimings>>();

      for (let s = 0; s < STUDENTS; s++) {
        const student = await createUser({ role: "student" });
        await enrolStudent(cohort.id, student.id);
        const contacts = [];
        for (let c = 0; c < 3; c++) contacts.push(await createContact(student.id));
        const completed: { id: string; contactId: string; startsAt: Date; timeZone: string }[] = [];
        const thankYous: { contactId: string; interviewId: string | null; sentOn: CalendarDate }[] = [];

        for (let i = 0; i < 5; i++) {
          const contact = pick(contacts);
          // Starts on the hour over ten days, in zones either side of UTC's date line.
          const startsAt = new Date(
            Date.UTC(2026, 2, 1 + Math.floor(random() * 10), Math.floor(random() * 24)),
          );
          const timeZone = pick(ZONES);
          const status = random() < 0.75 ? "completed" : pick(["scheduled", "cancelled", "no_show"] as const);
          const interview = await createInterview(student.id, contact.id, { startsAt, timeZone, status });
          if (status === "completed")
            completed.push({ id: interview.id, contactId: contact.id, startsAt, timeZone });
          // At most one thank-you names an interview (a unique index); others name only the person.
          if (random() < 0.4) {
            const sentOn = dayNear(startsAt, random);
            await createFollowUp(student.id, contact.id, {
              kind: "thank_you",
              interviewId: interview.id,
              sentOn,
            });
            thankYous.push({ contactId: contact.id, interviewId: interview.id, sentOn });
          }
        }
        for (let n = 0; n < 4; n++) {
          const contact = pick(contacts);
          const kind = random() < 0.7 ? "thank_you" : pick(["update", "touch"] as const);
          const sentOn = dayNear(new Date(Date.UTC(2026, 2, 1 + Math.floor(random() * 10))), random);
          await createFollowUp(student.id, contact.id, { kind, interviewId: null, sentOn });
          if (kind === "thank_you") thankYous.push({ contactId: contact.id, interviewId: null, sentOn });
        }
        expected.set(student.id, thankYouTimings(completed, thankYous));
      }

      const facts = await loadCohortFacts(cohort.id, "2026-01-01");
      expect(facts.students).toHaveLength(STUDENTS);
      for (const student of facts.students) {
        const timings = expected.get(student.studentId)!;
        expect(sorted(student.thankYouDelays), `delays of ${student.studentId}`).toEqual(
          sorted(timings.thankYouDelays),
        );
        expect(sorted(student.interviewsAwaitingThankYou), `unthanked of ${student.studentId}`).toEqual(
          sorted(timings.interviewsAwaitingThankYou),
        );
      }
    });
  }
});

/** A day from two before to four after `at` (UTC): some notes predate their interview, most follow it. */
function dayNear(at: Date, random: () => number): CalendarDate {
  const day = new Date(at.getTime() + (Math.floor(random() * 7) - 2) * 86_400_000);
  return day.toISOString().slice(0, 10);
}
