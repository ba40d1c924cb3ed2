import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  careerFields,
  contacts,
  followUps,
  interviewQuestions,
  interviews,
  journalEntries,
  organizations,
  outreachAttempts,
  questions,
  studentProfiles,
} from "@/db/schema/index";
import { unsafeEraseAccount } from "@/lib/data/internal/account-erasure";
import { loadCohortFacts, type CohortFacts } from "@/lib/data/internal/cohort-facts";
import { createCohort, enrolStudent } from "../factories/cohorts";
import { createUser } from "../factories/users";
import { aggregateCohortFacts } from "../support/cohort-facts-by-aggregate";

// The dashboard reads student_progress, which triggers keep current (migration 0015). Over a seeded random
// run of inserts, updates and deletes on every table it is derived from (single rows and bulk statements
// across students, cascades, a student's whole table emptied, an account erased), it must always equal the
// facts aggregated afresh from the records, the way the dashboard computed them before the table existed.

const SEED = 20261202;
const STEPS = 300;
const TIME_ZONES = ["UTC", "America/Los_Angeles", "Pacific/Auckland", "Asia/Kolkata"];

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

/** Arrays whose order carries no meaning sorted, so the two computations compare as sets. */
function normalized(facts: CohortFacts) {
  return {
    weeklyActivity: facts.weeklyActivity,
    students: facts.students.map((student) => ({
      ...student,
      thankYouDelays: [...student.thankYouDelays].sort((a, b) => a - b),
      interviewsAwaitingThankYou: [...student.interviewsAwaitingThankYou].sort(),
      outreachAwaitingFollowUp: [...student.outreachAwaitingFollowUp].sort(),
    })),
  };
}

type Cohort = { id: string; startsOn: string };

async function expectSummaryCurrent(cohorts: Cohort[], step: string) {
  for (const cohort of cohorts) {
    // From the term's start, and from a Wednesday: the week a cutoff falls in is counted from that day.
    for (const from of [cohort.startsOn, "2026-02-11"]) {
      const [live, fresh] = await Promise.all([
        loadCohortFacts(cohort.id, from),
        aggregateCohortFacts(cohort.id, from),
      ]);
      expect(normalized(live), `${step} (cohort ${cohort.id}, from ${from})`).toEqual(normalized(fresh));
    }
  }
}

async function summaryDiffers(cohort: Cohort) {
  const [live, fresh] = await Promise.all([
    loadCohortFacts(cohort.id, cohort.startsOn),
    aggregateCohortFacts(cohort.id, cohort.startsOn),
  ]);
  return JSON.stringify(normalized(live)) !== JSON.stringify(normalized(fresh));
}

async function ids(query: ReturnType<typeof sql>) {
  return [...(await getDb().execute<{ id: string; student_id: string; contact_id: string }>(query))];
}

describe("student_progress, kept by triggers", () => {
  it(
    `equals a fresh aggregate after every step of a random run of writes (seed ${SEED})`,
    { timeout: 60_000 },
    async () => {
      const random = prng(SEED);
      const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
      const instant = () => new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 80 * 86_400_000));
      const day = () => instant().toISOString().slice(0, 10);
      // Raw SQL takes timestamps as text.
      const at = () => instant().toISOString();
      const db = getDb();

      const cohort = await createCohort({ startsOn: "2026-01-05" });
      const other = await createCohort({ startsOn: "2026-01-19" });
      const students: string[] = [];
      for (let n = 0; n < 5; n++) {
        const student = await createUser({ role: "student" });
        await enrolStudent(n < 4 ? cohort.id : other.id, student.id);
        students.push(student.id);
      }
      // Rows each kind of write changed: a random write can find nothing to change or be refused by a
      // constraint (a second thank-you for one interview), and the run must reach every kind, or it proves
      // less than it says. Every statement says `returning`, so its rows count what it changed.
      const changed = new Map<string, number>();
      const one = async (query: string) => pick(await ids(sql.raw(`${query} order by id`)));
      const anyContact = () => one("select id, student_id from contacts");
      const nothing: unknown[] = [];
      // Ids of our own making (they are text), so the seed alone decides which rows a write picks.
      let made = 0;
      const newId = () => `record-${String(++made).padStart(4, "0")}`;

      const writes: Record<string, () => Promise<unknown[]>> = {
        "insert career field": () =>
          db
            .insert(careerFields)
            .values({ id: newId(), studentId: pick(students)!, name: `Field ${random()}` })
            .returning({ id: careerFields.id }),
        "insert organization": () => {
          const createdAt = instant();
          return db
            .insert(organizations)
            .values({
              id: newId(),
              studentId: pick(students)!,
              name: `Org ${random()}`,
              createdAt,
              updatedAt: createdAt,
            })
            .returning({ id: organizations.id });
        },
        "insert contacts for several students at once": () =>
          db
            .insert(contacts)
            .values(
              students
                .filter(() => random() < 0.6)
                .map((studentId) => {
                  const createdAt = instant();
                  return {
                    id: newId(),
                    studentId,
                    name: `Contact ${random()}`,
                    createdAt,
                    updatedAt: createdAt,
                  };
                }),
            )
            .returning({ id: contacts.id }),
        "insert outreach": async () => {
          const contact = await anyContact();
          if (!contact) return nothing;
          const createdAt = instant();
          return db
            .insert(outreachAttempts)
            .values({
              id: newId(),
              studentId: contact.student_id,
              contactId: contact.id,
              sentOn: day(),
              channel: "email",
              reply: pick(["none", "none", "replied", "declined"] as const)!,
              isFollowUp: random() < 0.3,
              createdAt,
              updatedAt: createdAt,
            })
            .returning({ id: outreachAttempts.id });
        },
        "insert interview": async () => {
          const contact = await anyContact();
          if (!contact) return nothing;
          const createdAt = instant();
          return db
            .insert(interviews)
            .values({
              id: newId(),
              studentId: contact.student_id,
              contactId: contact.id,
              startsAt: instant(),
              timeZone: pick(TIME_ZONES)!,
              format: "video",
              status: pick(["completed", "completed", "scheduled", "cancelled"] as const)!,
              createdAt,
              updatedAt: createdAt,
            })
            .returning({ id: interviews.id });
        },
        "insert follow-up": async () => {
          const contact = await anyContact();
          if (!contact) return nothing;
          const interview = await one(`select id from interviews where contact_id = '${contact.id}'`);
          return db
            .insert(followUps)
            .values({
              id: newId(),
              studentId: contact.student_id,
              contactId: contact.id,
              interviewId: random() < 0.5 ? (interview?.id ?? null) : null,
              kind: pick(["thank_you", "thank_you", "update", "touch"] as const)!,
              sentOn: day(),
              channel: "email",
              createdAt: instant(),
            })
            .returning({ id: followUps.id });
        },
        "insert journal entry": () =>
          db
            .insert(journalEntries)
            .values({ id: newId(), studentId: pick(students)!, entryOn: day(), createdAt: instant() })
            .returning({ id: journalEntries.id }),
        "insert question": () =>
          db
            .insert(questions)
            .values({
              id: newId(),
              studentId: pick(students)!,
              category: "advice",
              text: `Question ${random()}`,
              createdAt: instant(),
            })
            .returning({ id: questions.id }),
        "choose a question for an interview": async () => {
          const interview = await one(
            "select id, student_id from interviews where student_id in (select student_id from questions)",
          );
          if (!interview) return nothing;
          const question = await one(`select id from questions where student_id = '${interview.student_id}'`);
          return db
            .insert(interviewQuestions)
            .values({ interviewId: interview.id, questionId: question!.id, position: 0 })
            .returning({ id: interviewQuestions.interviewId });
        },
        "write or clear a pitch": () => {
          const pitch = pick(["", "  ", "I study biology"])!;
          return db
            .insert(studentProfiles)
            .values({ studentId: pick(students)!, elevatorPitch: pitch, timeZone: pick(TIME_ZONES)! })
            .onConflictDoUpdate({
              target: studentProfiles.studentId,
              set: { elevatorPitch: pitch, updatedAt: instant() },
            })
            .returning({ id: studentProfiles.studentId });
        },
        "complete, reschedule or move an interview": async () => {
          const interview = await one("select id from interviews");
          return db.execute(sql`update interviews set status = ${pick(["completed", "scheduled", "no_show"])!},
            starts_at = ${at()}, time_zone = ${pick(TIME_ZONES)!}, updated_at = ${at()}
            where id = ${interview?.id ?? null} returning id`);
        },
        "complete every interview of several students": () =>
          db.execute(sql`update interviews set status = 'completed'
            where student_id <> ${students[1]!} returning id`),
        "answer, re-date or re-classify outreach": async () => {
          const outreach = await one("select id from outreach_attempts");
          return db.execute(sql`update outreach_attempts set reply = ${pick(["none", "replied"])!},
            is_follow_up = ${random() < 0.3}, sent_on = ${day()}, replied_on = null, updated_at = ${at()}
            where id = ${outreach?.id ?? null} returning id`);
        },
        "re-kind, unlink or re-date a follow-up": async () => {
          const followUp = await one("select id from follow_ups");
          return db.execute(sql`update follow_ups set kind = ${pick(["thank_you", "update"])!},
            interview_id = case when ${random() < 0.5} then null else interview_id end, sent_on = ${day()}
            where id = ${followUp?.id ?? null} returning id`);
        },
        "move a chosen question to another interview": async () => {
          const choice = await one("select interview_id as id from interview_questions");
          // Another interview of the same student: a question may only serve its owner's interviews.
          const interview = await one(
            `select id from interviews where student_id = (select student_id from interviews where id = '${choice?.id}')`,
          );
          return db.execute(sql`update interview_questions set interview_id = ${interview?.id ?? null}
            where interview_id = ${choice?.id ?? null} returning interview_id`);
        },
        "edit a career field or organization": async () => {
          const table = pick(["career_fields", "organizations"])!;
          const row = await one(`select id from ${table}`);
          // Now: later than every made-up time, so the edit always moves the student's last activity.
          return db.execute(sql`update ${sql.identifier(table)} set updated_at = clock_timestamp()
            where id = ${row?.id ?? null} returning id`);
        },
        "touch every contact": () => db.execute(sql`update contacts set updated_at = ${at()} returning id`),
        "delete a contact (its outreach, interviews and follow-ups go with it)": async () => {
          const contact = await anyContact();
          return db.execute(sql`delete from contacts where id = ${contact?.id ?? null} returning id`);
        },
        "delete an interview": async () => {
          const interview = await one("select id from interviews");
          return db.execute(sql`delete from interviews where id = ${interview?.id ?? null} returning id`);
        },
        "delete a question (its interview choices go with it)": async () => {
          const question = await one("select id from questions where student_id is not null");
          return db.execute(sql`delete from questions where id = ${question?.id ?? null} returning id`);
        },
        "delete an interview's chosen questions": async () => {
          const choice = await one("select interview_id as id from interview_questions");
          return db.execute(
            sql`delete from interview_questions where interview_id = ${choice?.id ?? null} returning interview_id`,
          );
        },
        "delete a follow-up or journal entry": async () => {
          const table = pick(["follow_ups", "journal_entries"])!;
          const row = await one(`select id from ${table}`);
          return db.execute(
            sql`delete from ${sql.identifier(table)} where id = ${row?.id ?? null} returning id`,
          );
        },
        "empty one student's table": () => {
          const table = pick(["organizations", "career_fields", "outreach_attempts", "student_profiles"])!;
          return db.execute(
            sql`delete from ${sql.identifier(table)} where student_id = ${pick(students)!} returning 1`,
          );
        },
      };

      const kinds = Object.keys(writes);
      for (let step = 0; step < STEPS; step++) {
        // Inserts weigh more early on, so there is something to update and delete.
        const kind = step < 60 ? pick(kinds.slice(0, 10))! : pick(kinds)!;
        try {
          const rows = await writes[kind]!();
          changed.set(kind, (changed.get(kind) ?? 0) + rows.length);
        } catch (error) {
          // Constraint refusals are part of the random run; anything else is a failure.
          if (!String((error as { cause?: unknown }).cause ?? error).match(/violates|duplicate key/))
            throw error;
        }
        await expectSummaryCurrent([cohort, other], `after step ${step}: ${kind}`);
      }

      // One student's account erased (every table of theirs emptied, the users row kept): no summary remains.
      await db.transaction((tx) =>
        unsafeEraseAccount(tx, { userId: students[1]!, action: "account.deleted", actor: null, details: {} }),
      );
      await expectSummaryCurrent([cohort, other], "after erasing an account");
      const [left] = await db.execute<{ n: number }>(
        sql`select count(*)::int as n from student_progress where student_id = ${students[1]!}`,
      );
      expect(left!.n).toBe(0);

      expect(kinds.filter((kind) => !changed.get(kind))).toEqual([]);
      const [summaries] = await db.execute<{ n: number }>(
        sql`select count(*)::int as n from student_progress`,
      );
      expect(summaries!.n).toBeGreaterThanOrEqual(3);
    },
  );

  it("is caught out by the comparison when a trigger is missing", async () => {
    const cohort = await createCohort({ startsOn: "2026-01-05" });
    const student = await createUser({ role: "student" });
    await enrolStudent(cohort.id, student.id);
    const db = getDb();
    const [contact] = await db
      .insert(contacts)
      .values({ studentId: student.id, name: "Ana" })
      .returning({ id: contacts.id });
    expect(await summaryDiffers(cohort)).toBe(false);

    // Without its update trigger, completing an interview leaves the summary behind.
    const [interview] = await db
      .insert(interviews)
      .values({
        studentId: student.id,
        contactId: contact!.id,
        startsAt: new Date("2026-01-12T15:00:00Z"),
        timeZone: "UTC",
        format: "video",
      })
      .returning({ id: interviews.id });
    await db.execute(sql`alter table interviews disable trigger interviews_progress_update`);
    try {
      await db.execute(sql`update interviews set status = 'completed' where id = ${interview!.id}`);
      expect(await summaryDiffers(cohort)).toBe(true);
    } finally {
      await db.execute(sql`alter table interviews enable trigger interviews_progress_update`);
    }
  });
});
