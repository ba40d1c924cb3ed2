/**
 * `npx tsx scripts/bench-dashboard-rules.ts [--students 500] [--runs 15] [--domain lib/domain]`: how long
 * the cohort dashboard's rules (buildCohortDashboard) take for one cohort, in process, without a database or
 * a server: the part of the dashboard that is pure computation. Prints the median and the spread of several
 * runs after a warm-up. `--domain` points at another copy of lib/domain (an older checkout, say) to compare
 * two versions on the same inputs in the same conditions.
 *
 * The students are made up with a seeded generator shaped like db/synthetic-cohort.ts (a term of activity,
 * three goals), spread over a few time zones, so the same options always give the same cohort.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import type * as Dashboard from "../lib/domain/cohort-dashboard";
import type { CohortGoal } from "../lib/domain/cohort-goals";
import type { StudentProgress } from "../lib/domain/student-progress";

const { values } = parseArgs({
  options: {
    students: { type: "string", default: "500" },
    runs: { type: "string", default: "15" },
    warmup: { type: "string", default: "5" },
    domain: { type: "string", default: "lib/domain" },
  },
});
const students = Number(values.students);
const runs = Number(values.runs);
const warmup = Number(values.warmup);

const { buildCohortDashboard } = (await import(
  path.resolve(values.domain, "cohort-dashboard.ts")
)) as typeof Dashboard;

/** mulberry32, as in db/synthetic-cohort.ts. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) };
}

const DAY_MS = 86_400_000;
const now = new Date("2026-11-18T15:00:00Z");
const termStart = new Date(now.getTime() - 70 * DAY_MS);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const zones = [null, "America/New_York", "Europe/Berlin", "Asia/Kolkata", "America/Los_Angeles"];
const random = randomSource(1);

const cohort: StudentProgress[] = Array.from({ length: students }, (_, index) => {
  const effort = random.next();
  const contacts = Math.round(effort * 9);
  const outreach = Math.round(contacts * effort);
  const interviews = Math.round(outreach * 0.6);
  const thanked = Math.round(interviews * 0.75);
  const quietDays = random.int(0, 30);
  const inTerm = () => termStart.getTime() + random.int(0, 69) * DAY_MS;
  return {
    studentId: `student-${index}`,
    name: index % 10 === 0 ? null : `Student ${index}`,
    email: `student${index}@synthetic.example`,
    timeZone: zones[index % zones.length]!,
    joinedAt: termStart,
    lastActivityAt:
      contacts === 0 ? null : new Date(now.getTime() - quietDays * DAY_MS - random.int(0, DAY_MS)),
    researchItems: 2,
    contactsIdentified: contacts,
    preparationItems: random.int(0, 3),
    pitchWritten: effort > 0.2,
    outreachSent: outreach,
    interviewsCompleted: interviews,
    thankYousSent: thanked,
    followUpsSent: thanked,
    thankYouDelays: Array.from({ length: thanked }, () => random.int(0, 9)),
    interviewsAwaitingThankYou: Array.from({ length: interviews - thanked }, () => iso(inTerm())),
    outreachAwaitingFollowUp: Array.from({ length: outreach - interviews }, () => iso(inTerm())),
  };
});

const goals: CohortGoal[] = [
  { id: "g1", metric: "contacts_identified", target: 5, dueOn: iso(termStart.getTime() + 21 * DAY_MS) },
  { id: "g2", metric: "interviews_completed", target: 3, dueOn: iso(termStart.getTime() + 60 * DAY_MS) },
  { id: "g3", metric: "thank_you_within_days", target: 2, dueOn: null },
];
const options = { goals, startsOn: iso(termStart.getTime()), rules: { thankYouOverdueDays: 7 } };

let flagged = 0;
const timings: number[] = [];
for (let i = 0; i < warmup + runs; i++) {
  const started = performance.now();
  const dashboard = buildCohortDashboard(cohort, options, now);
  const took = performance.now() - started;
  flagged = dashboard.rows.filter((row) => row.attention.length > 0).length;
  if (i >= warmup) timings.push(took);
}
timings.sort((a, b) => a - b);
const median = timings[Math.floor(timings.length / 2)]!;
console.log(
  `buildCohortDashboard, ${students} students (${flagged} needing attention), ${values.domain}: ` +
    `median ${median.toFixed(1)} ms, min ${timings[0]!.toFixed(1)} ms, max ${timings.at(-1)!.toFixed(1)} ms ` +
    `over ${runs} runs after ${warmup} warm-up runs`,
);
