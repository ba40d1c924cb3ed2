import { asc, eq } from "drizzle-orm";
import { addDays, formatISO } from "date-fns";
import { addBusinessDays } from "../lib/domain/business-days";
import type { Transaction } from "./client";
import {
  contacts,
  followUps,
  interviewQuestions,
  interviews,
  journalEntries,
  organizations,
  outreachAttempts,
  questions,
  studentProfiles,
} from "./schema/index";

const ORGANIZATIONS = [
  {
    name: "Riverside Public Library",
    industry: "Libraries & information",
    why: "Community programs and digital literacy",
  },
  { name: "Northwind Health", industry: "Healthcare", why: "Data work that reaches patients" },
  { name: "Harbor City Council", industry: "Local government", why: "Housing policy close to home" },
  {
    name: "Greenleaf Consulting",
    industry: "Management consulting",
    why: "Variety of problems, fast learning",
  },
  { name: "Atlas Robotics", industry: "Manufacturing technology", why: "Hardware meets software" },
  {
    name: "Bright Futures Foundation",
    industry: "Nonprofit / education",
    why: "Mentoring programs for first-gen students",
  },
  { name: "Meridian Bank", industry: "Financial services", why: "Risk analysis and fintech partnerships" },
  { name: "Cedar & Stone Architects", industry: "Architecture", why: "Sustainable public buildings" },
];

const PEOPLE = [
  ["Dana Reyes", "Program Manager"],
  ["Marcus Bell", "Senior Analyst"],
  ["Priya Anand", "Policy Advisor"],
  ["Tom Becker", "Associate Director"],
  ["Lucia Fernández", "Data Scientist"],
  ["Kwame Boateng", "Operations Lead"],
  ["Sarah Lindqvist", "Partner"],
  ["Ravi Menon", "Engineering Manager"],
  ["Emily Zhao", "Grants Officer"],
  ["Jonah Price", "Consultant"],
] as const;

const SOURCES = ["alumni", "professor", "family", "linkedin", "event", "friend", "former_employer"] as const;

const iso = (date: Date) => formatISO(date, { representation: "date" });
const DAY_MS = 86_400_000;

/**
 * When a record was written: `daysAgo` before `today`, in the working day (9:00-17:59 UTC, minutes varying
 * by `salt`), so recent activity and the weekly chart show a term of work instead of one burst at seed time.
 */
function stamp(today: Date, daysAgo: number, salt: number) {
  const at = new Date(today.getTime() - daysAgo * DAY_MS);
  at.setUTCHours(9 + (salt % 9), (salt * 17) % 60, 0, 0);
  return at > today ? new Date(today.getTime() - (salt % 50) * 60_000) : at;
}
/** The moment on a calendar day that a record about that day was written. */
function onDay(day: string, salt: number) {
  return new Date(
    `${day}T${String(10 + (salt % 8)).padStart(2, "0")}:${String((salt * 7) % 60).padStart(2, "0")}:00Z`,
  );
}

/**
 * Gives each demo student a believable term of work, spread across the six steps: some have only
 * researched, some wait on replies, some owe a thank-you (a few overdue), a few keep in touch with
 * referral chains three people deep. `today` fixes every date, so the spread is the same on every seed.
 */
export async function seedStudentWork(tx: Transaction, studentIds: string[], today: Date) {
  const builtIn = await tx
    .select({ id: questions.id })
    .from(questions)
    .orderBy(asc(questions.category))
    .limit(8);
  for (const [index, studentId] of studentIds.entries()) {
    const level = index % 6; // 0 just started … 5 well ahead
    await tx.insert(studentProfiles).values({
      studentId,
      timeZone: "America/New_York",
      elevatorPitch:
        level > 1
          ? "I'm a third-year student exploring how data can improve public services. I'd love to hear how you found your way into this work and what you'd suggest I learn next."
          : "",
    });
    const orgs = await tx
      .insert(organizations)
      .values(
        [0, 1, 2].slice(0, 2 + (index % 2)).map((offset) => {
          const org = ORGANIZATIONS[(index + offset * 3) % ORGANIZATIONS.length]!;
          return {
            studentId,
            name: org.name,
            industry: org.industry,
            whyInterested: org.why,
            priority: (["high", "medium", "low"] as const)[offset]!,
            website: `https://${org.name.toLowerCase().replace(/[^a-z]+/g, "")}.example`,
            // Research comes first: weeks 6 to 9 before today.
            ...bothStamps(stamp(today, 62 - offset * 6 - (index % 7), index + offset)),
          };
        }),
      )
      .returning({ id: organizations.id });
    if (level === 0) continue;

    const person = (n: number) => PEOPLE[(index * 3 + n) % PEOPLE.length]!;
    const first = await addContact(
      tx,
      studentId,
      person(0),
      orgs[0]!.id,
      SOURCES[index % SOURCES.length]!,
      null,
      null,
      stamp(today, 48 - (index % 10), index),
    );
    const second = await addContact(
      tx,
      studentId,
      person(1),
      orgs[1]!.id,
      SOURCES[(index + 2) % SOURCES.length]!,
      null,
      null,
      stamp(today, 36 - (index % 8), index + 1),
    );
    if (level === 1) continue;

    // Outreach: the first contact was emailed; level 2 waits on a reply (a follow-up is due by now). Those
    // further along wrote sooner: the furthest five weeks ago.
    const sentOn = addBusinessDays(iso(today), -({ 2: 5, 3: 12, 4: 15 }[level] ?? 25));
    const secondSentOn = addBusinessDays(iso(today), -2);
    const repliedOn = level === 2 ? null : addBusinessDays(sentOn, 2);
    await tx.insert(outreachAttempts).values([
      {
        studentId,
        contactId: first,
        sentOn,
        channel: "email",
        message:
          "Hello — I found your name through our alumni network and would value 20 minutes of your advice.",
        reply: level === 2 ? "none" : "replied",
        repliedOn,
        createdAt: onDay(sentOn, index),
        updatedAt: onDay(repliedOn ?? sentOn, index + 3),
      },
      {
        studentId,
        contactId: second,
        sentOn: secondSentOn,
        channel: "linkedin",
        reply: "none",
        ...bothStamps(onDay(secondSentOn, index + 5)),
      },
    ]);
    if (level === 2) continue;

    // Level 3 has an interview coming up; 4 and 5 have held theirs.
    const held = level >= 4;
    const startsAt = held ? addDays(today, -(level === 4 ? 9 + (index % 3) : 20)) : addDays(today, 3);
    startsAt.setUTCHours(15, 0, 0, 0);
    const [interview] = await tx
      .insert(interviews)
      .values({
        studentId,
        contactId: first,
        startsAt,
        timeZone: "America/New_York",
        format: (["video", "in_person", "phone"] as const)[index % 3]!,
        location: index % 3 === 1 ? "Their office, 4th floor" : "https://meet.example/fieldnotes",
        status: held ? "completed" : "scheduled",
        takeaways: held
          ? "Build a small portfolio project; learn SQL well; talk to people in operations too."
          : "",
        notes: held ? "Warm and generous with time. Suggested two people to contact." : "",
        permissionToUseName: held ? true : null,
        // Scheduled a few days after the reply came in.
        ...bothStamps(onDay(addBusinessDays(repliedOn!, 1), index + 2)),
      })
      .returning({ id: interviews.id });
    await tx.insert(interviewQuestions).values(
      builtIn.map((question, position) => ({
        interviewId: interview!.id,
        questionId: question.id,
        position,
      })),
    );
    if (level === 3) continue;
    // Level 4 owes a thank-you, overdue for most of them: what the advisor dashboard should flag.
    if (level === 4) continue;

    await tx.insert(followUps).values({
      studentId,
      contactId: first,
      interviewId: interview!.id,
      kind: "thank_you",
      sentOn: iso(addDays(startsAt, 1)),
      channel: "email",
      note: "Thanked them for the portfolio idea.",
      createdAt: onDay(iso(addDays(startsAt, 1)), index + 4),
    });
    await tx.update(contacts).set({ keepInTouchCadence: "quarterly" }).where(eq(contacts.id, first));

    // A referral chain three deep: first → B → C → D.
    let referrer = first;
    let fromInterview: string | null = interview!.id;
    for (const n of [2, 3, 4]) {
      referrer = await addContact(
        tx,
        studentId,
        person(n),
        orgs[n % orgs.length]!.id,
        "referral",
        referrer,
        fromInterview,
        // Each referral a few days after the one who gave it.
        stamp(today, 18 - (n - 2) * 4 - (index % 3), index + n),
      );
      fromInterview = null;
    }
    await tx.insert(journalEntries).values({
      studentId,
      entryOn: iso(addDays(startsAt, 1)),
      learned: "People are more generous with their time than I expected when I ask for advice, not a job.",
      nextSteps: "Reach out to the two referrals this week; draft the portfolio project outline.",
      createdAt: onDay(iso(addDays(startsAt, 1)), index + 6),
    });
  }
}

function bothStamps(at: Date) {
  return { createdAt: at, updatedAt: at };
}

async function addContact(
  tx: Transaction,
  studentId: string,
  [name, title]: readonly [string, string],
  organizationId: string,
  source: (typeof SOURCES)[number] | "referral",
  referredByContactId: string | null,
  referredFromInterviewId: string | null,
  createdAt: Date,
) {
  const [row] = await tx
    .insert(contacts)
    .values({
      studentId,
      name,
      title,
      organizationId,
      source,
      referredByContactId,
      referredFromInterviewId,
      ...bothStamps(createdAt),
      email: `${name
        .toLowerCase()
        .normalize("NFD")
        .replace(/[^a-z ]/g, "")
        .replace(/ /g, ".")}@contact.example`,
    })
    .returning({ id: contacts.id });
  return row!.id;
}
