import { count } from "drizzle-orm";
import type { Database } from "./client";
import { lastDayOfTermWeek } from "../lib/domain/term-weeks";
import { cohortAdvisors, cohortGoals, cohortStudents, cohorts, invites, users } from "./schema/index";
import { seedStudentWork } from "./seed-student-work";

export const DEMO_DOMAIN = "uni.example";

const STUDENT_NAMES = [
  "Amara Okafor",
  "Ben Carter",
  "Chloe Nguyen",
  "Diego Ramírez",
  "Elif Yilmaz",
  "Farah Haddad",
  "Gabriel Silva",
  "Hana Kobayashi",
  "Isaac Mensah",
  "Julia Kowalski",
  "Kofi Asante",
  "Leila Rahimi",
  "Mateo Rossi",
  "Nadia Petrova",
  "Owen Murphy",
  "Priya Sharma",
  "Quinn Taylor",
  "Rosa Martínez",
  "Samir Khan",
  "Tess O'Brien",
  "Uma Patel",
  "Victor Dubois",
  "Wen Li",
  "Yara Haddad",
  "Zoe Fischer",
];

function emailFor(name: string) {
  const [first, ...rest] = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f']/g, "")
    .toLowerCase()
    .split(" ");
  return `${first}.${rest.join("-")}@${DEMO_DOMAIN}`;
}

function isoDate(date: Date) {
  return date.toISOString().slice(0, 10);
}

/**
 * The demo a newcomer meets: an admin, two advisors, two cohorts of the current term and about 25
 * students. Runs only on an empty database, so a restart never duplicates or overwrites anything.
 */
export async function seedDemoIfEmpty(db: Database, today = new Date()): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) return false;

  await db.transaction(async (tx) => {
    const [admin, maria, james] = await tx
      .insert(users)
      .values([
        { name: "Alex Morgan", email: `admin@${DEMO_DOMAIN}`, role: "admin" },
        { name: "Maria Alvarez", email: `maria.alvarez@${DEMO_DOMAIN}`, role: "advisor" },
        { name: "James Whitfield", email: `james.whitfield@${DEMO_DOMAIN}`, role: "advisor" },
      ])
      .returning({ id: users.id });
    const students = await tx
      .insert(users)
      .values(STUDENT_NAMES.map((name) => ({ name, email: emailFor(name), role: "student" as const })))
      .returning({ id: users.id });

    // Ten weeks into a fifteen-week term: enough history for the activity chart to show a term of work.
    const termStart = new Date(today.getTime() - 66 * 86_400_000);
    const termEnd = new Date(today.getTime() + 38 * 86_400_000);
    const [business, publicService] = await tx
      .insert(cohorts)
      .values([
        {
          name: "Business Careers Lab",
          term: "Fall 2026",
          startsOn: isoDate(termStart),
          endsOn: isoDate(termEnd),
        },
        {
          name: "Public Service Fellows",
          term: "Fall 2026",
          startsOn: isoDate(new Date(termStart.getTime() + 7 * 86_400_000)),
          endsOn: isoDate(termEnd),
        },
      ])
      .returning({ id: cohorts.id, startsOn: cohorts.startsOn, endsOn: cohorts.endsOn });

    // Goals an advisor would set, so the dashboard shows progress: the contacts goal is already due (most
    // students are behind on it), the others fall later in the term; the thank-you rule has no date.
    const byWeek = (cohort: { startsOn: string; endsOn: string }, week: number) =>
      lastDayOfTermWeek(cohort.startsOn, cohort.endsOn, week)!;
    await tx.insert(cohortGoals).values([
      { cohortId: business!.id, metric: "contacts_identified", target: 5, dueOn: byWeek(business!, 3) },
      { cohortId: business!.id, metric: "interviews_completed", target: 3, dueOn: byWeek(business!, 10) },
      { cohortId: business!.id, metric: "thank_you_within_days", target: 2, dueOn: null },
      {
        cohortId: publicService!.id,
        metric: "contacts_identified",
        target: 2,
        dueOn: byWeek(publicService!, 3),
      },
      { cohortId: publicService!.id, metric: "outreach_sent", target: 3, dueOn: byWeek(publicService!, 8) },
      { cohortId: publicService!.id, metric: "thank_you_within_days", target: 2, dueOn: null },
    ]);

    await tx.insert(cohortAdvisors).values([
      { cohortId: business!.id, advisorId: maria!.id },
      { cohortId: publicService!.id, advisorId: james!.id },
    ]);
    await tx.insert(cohortStudents).values(
      students.map((student, index) => ({
        cohortId: index < 14 ? business!.id : publicService!.id,
        studentId: student.id,
      })),
    );
    await seedStudentWork(
      tx,
      students.map((s) => s.id),
      today,
    );
    // One pending invite, so the admin overview and the invite flow have something real to show.
    await tx.insert(invites).values({
      email: `new.student@${DEMO_DOMAIN}`,
      role: "student",
      cohortId: business!.id,
      invitedById: admin!.id,
      expiresAt: new Date(today.getTime() + 14 * 86_400_000),
    });
  });
  return true;
}
