import { addDays } from "date-fns";
import type { Database } from "../db/client";
import {
  contacts,
  followUps,
  interviews,
  organizations,
  outreachAttempts,
  studentProfiles,
  users,
} from "../db/schema/index";

// One busy student for `npm run bench`: 200 contacts at every stage (outreach waiting on a reply or a
// follow-up, interviews held and scheduled, thank-yous on time, late and missing, keep-in-touch notes), over
// the ten weeks before `today`. Deterministic, so every run measures the same pages.

export type BenchStudent = { studentId: string; contactId: string; interviewId: string };

const day = (date: Date) => date.toISOString().slice(0, 10);

export async function createBenchStudent(
  db: Database,
  { label, contactCount = 200, today = new Date() }: { label: string; contactCount?: number; today?: Date },
): Promise<BenchStudent> {
  const [student] = await db
    .insert(users)
    .values({ email: `busy.${label}@synthetic.example`, name: `Busy Student ${label}`, role: "student" })
    .returning({ id: users.id });
  const studentId = student!.id;
  await db
    .insert(studentProfiles)
    .values({ studentId, timeZone: "America/New_York", elevatorPitch: "Curious." });
  const orgIds = Array.from({ length: 20 }, () => crypto.randomUUID());
  await db
    .insert(organizations)
    .values(
      orgIds.map((id, n) => ({ id, studentId, name: `Organization ${n}`, createdAt: addDays(today, -70) })),
    );

  const contactRows: (typeof contacts.$inferInsert)[] = [];
  const outreachRows: (typeof outreachAttempts.$inferInsert)[] = [];
  const interviewRows: (typeof interviews.$inferInsert)[] = [];
  const followUpRows: (typeof followUps.$inferInsert)[] = [];
  for (let n = 0; n < contactCount; n++) {
    const contactId = crypto.randomUUID();
    const addedAt = addDays(today, -70 + (n % 60));
    contactRows.push({
      id: contactId,
      studentId,
      name: `Contact ${n}`,
      organizationId: orgIds[n % orgIds.length]!,
      source: "alumni",
      createdAt: addedAt,
      updatedAt: addedAt,
    });
    // A quarter only identified; the rest contacted two days after being added.
    if (n % 4 === 0) continue;
    const sentOn = addDays(addedAt, 2);
    const replied = n % 4 !== 1;
    outreachRows.push({
      studentId,
      contactId,
      sentOn: day(sentOn),
      channel: "email",
      reply: replied ? "replied" : "none",
      repliedOn: replied ? day(addDays(sentOn, 1)) : null,
      createdAt: sentOn,
      updatedAt: sentOn,
    });
    if (!replied) continue;
    const interviewId = crypto.randomUUID();
    const startsAt = addDays(sentOn, 5);
    const held = startsAt < today;
    interviewRows.push({
      id: interviewId,
      studentId,
      contactId,
      startsAt,
      timeZone: "America/New_York",
      format: "video",
      status: held ? "completed" : "scheduled",
      createdAt: addDays(sentOn, 1),
      updatedAt: held ? startsAt : addDays(sentOn, 1),
    });
    if (!held || n % 5 === 0) continue;
    const thankedOn = addDays(startsAt, n % 9);
    if (thankedOn > today) continue;
    followUpRows.push({
      studentId,
      contactId,
      interviewId,
      kind: "thank_you",
      sentOn: day(thankedOn),
      channel: "email",
      createdAt: thankedOn,
    });
  }
  await db.insert(contacts).values(contactRows);
  for (let start = 0; start < outreachRows.length; start += 500) {
    await db.insert(outreachAttempts).values(outreachRows.slice(start, start + 500));
  }
  await db.insert(interviews).values(interviewRows);
  if (followUpRows.length > 0) await db.insert(followUps).values(followUpRows);
  // The pages driven: a contact with a held interview, and that interview.
  const interview = interviewRows.find((row) => row.status === "completed")!;
  return { studentId, contactId: interview.contactId, interviewId: interview.id! };
}
