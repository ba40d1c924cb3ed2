import "server-only";
import { sql } from "drizzle-orm";
import {
  advisorComments,
  careerFields,
  cohorts,
  cohortStudents,
  contacts,
  interviewQuestions,
  interviews,
  journalEntries,
  nudges,
  organizations,
  studentProfiles,
  users,
} from "@/db/schema/index";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import type { RecentActivityItem } from "@/lib/domain/recent-activity";
import {
  nextBestAction,
  trackSteps,
  type NextAction,
  type StepEvidence,
  type StepWorkload,
  type TrackedStep,
} from "@/lib/domain/step-tracker";
import type { AdvisorComment } from "@/lib/data/advisor/students/comments";
import { preparedStatement } from "@/lib/data/internal/prepared-sql";
import {
  activityFromRows,
  recentActivitySql,
  type RecentActivityRow,
} from "@/lib/data/internal/recent-activity-sql";
import {
  agendaColumns,
  agendaFromRow,
  heldAgendaRevision,
  type AgendaRow,
  type MyAgenda,
} from "@/lib/data/internal/student-agenda-rows";
import type { JournalEntry } from "@/lib/data/student/home/journal";
import { NUDGE_SHOWN_FOR_MS, type MyNudge } from "@/lib/data/student/home/nudges";
import { RECENT_ACTIVITY_LIMIT } from "@/lib/data/student/home/recent-activity";
import { requireStudent } from "@/lib/data/student/scope";

/** Everything the student's home shows. */
export type MyHome = {
  name: string | null;
  email: string;
  cohorts: { id: string; name: string; term: string }[];
  agenda: MyAgenda;
  steps: TrackedStep[];
  nextAction: NextAction;
  journal: JournalEntry[];
  nudges: MyNudge[];
  comments: AdvisorComment[];
  activity: RecentActivityItem[];
};

const JOURNAL_LIMIT = 3;
const NUDGE_LIMIT = 3;
const COMMENT_LIMIT = 5;

type HomeRow = AgendaRow & {
  cohorts: [id: string, name: string, term: string][];
  career_fields: number;
  organizations: number;
  questions_chosen: number;
  pitch_written: boolean;
  journal: [id: string, entryOn: CalendarDate, learned: string, nextSteps: string][];
  nudges: [id: string, body: string, advisorName: string | null, createdAtMs: number][];
  comments: [
    id: string,
    body: string,
    createdAtMs: number,
    authorName: string | null,
    interviewId: string | null,
    contactName: string | null,
  ][];
  activity: RecentActivityRow[];
};

const homeStatement = preparedStatement<
  HomeRow,
  { me: string; held: string; now: string; nudgesSince: string }
>(() => {
  const me = sql.placeholder("me");
  return sql`
    select ${agendaColumns(me, sql.placeholder("held"))},
      (select coalesce(json_agg(json_build_array(${cohorts.id}, ${cohorts.name}, ${cohorts.term})
          order by ${cohorts.startsOn}), '[]')
        from ${cohortStudents} join ${cohorts} on ${cohorts.id} = ${cohortStudents.cohortId}
        where ${cohortStudents.studentId} = ${me}) as cohorts,
      (select count(*)::int from ${careerFields} where ${careerFields.studentId} = ${me}) as career_fields,
      (select count(*)::int from ${organizations} where ${organizations.studentId} = ${me}) as organizations,
      (select count(distinct ${interviewQuestions.questionId})::int
        from ${interviewQuestions}
        join ${interviews} on ${interviews.id} = ${interviewQuestions.interviewId}
        where ${interviews.studentId} = ${me}) as questions_chosen,
      coalesce((select length(trim(${studentProfiles.elevatorPitch})) > 0
        from ${studentProfiles} where ${studentProfiles.studentId} = ${me}), false) as pitch_written,
      (select coalesce(json_agg(json_build_array(j.id, j.entry_on, j.learned, j.next_steps)
          order by j.entry_on desc, j.created_at desc), '[]')
        from (select ${journalEntries.id} as id, ${journalEntries.entryOn} as entry_on,
            ${journalEntries.learned} as learned, ${journalEntries.nextSteps} as next_steps,
            ${journalEntries.createdAt} as created_at
          from ${journalEntries} where ${journalEntries.studentId} = ${me}
          order by ${journalEntries.entryOn} desc, ${journalEntries.createdAt} desc
          limit ${JOURNAL_LIMIT}) j) as journal,
      (select coalesce(json_agg(json_build_array(n.id, n.body, n.advisor_name, n.created_ms)
          order by n.created_ms desc, n.id desc), '[]')
        from (select ${nudges.id} as id, ${nudges.body} as body, ${users.name} as advisor_name,
            (extract(epoch from ${nudges.createdAt}) * 1000)::float8 as created_ms
          from ${nudges} left join ${users} on ${users.id} = ${nudges.advisorId}
          where ${nudges.studentId} = ${me} and ${nudges.createdAt} >= ${sql.placeholder("nudgesSince")}::timestamptz
          order by ${nudges.createdAt} desc, ${nudges.id} desc
          limit ${NUDGE_LIMIT}) n) as nudges,
      (select coalesce(json_agg(json_build_array(a.id, a.body, a.created_ms, a.author_name, a.interview_id,
            a.contact_name) order by a.created_ms desc, a.id desc), '[]')
        from (select ${advisorComments.id} as id, ${advisorComments.body} as body,
            (extract(epoch from ${advisorComments.createdAt}) * 1000)::float8 as created_ms,
            ${users.name} as author_name, ${interviews.id} as interview_id, ${contacts.name} as contact_name
          from ${advisorComments}
          left join ${users} on ${users.id} = ${advisorComments.authorId}
          left join ${interviews}
            on ${interviews.id} = ${advisorComments.interviewId} and ${interviews.studentId} = ${me}
          left join ${contacts} on ${contacts.id} = ${interviews.contactId} and ${contacts.studentId} = ${me}
          where ${advisorComments.studentId} = ${me}
          order by ${advisorComments.createdAt} desc, ${advisorComments.id} desc
          limit ${COMMENT_LIMIT}) a) as comments,
      (select coalesce(json_agg(e order by e.at_ms desc, e.kind, e.id desc), '[]')
        from (${recentActivitySql(me, sql.placeholder("now"), RECENT_ACTIVITY_LIMIT)}) e) as activity`;
});

/**
 * Everything home shows, in one statement whatever the number of contacts: the agenda's rows, the counts for
 * the steps the agenda does not cover, the cohorts, and the short lists (reflections, nudges, comments,
 * recent activity), each list cut to what the page shows. One round trip instead of twelve: each statement
 * cost the app server more than PostgreSQL spent answering it. The text is built once (homeStatement): only
 * the student, the instant and the nudges' cut-off change between requests. The agenda's own rows come only
 * when this instance does not hold them already (student-agenda-cache.ts).
 */
export async function getMyHome(now = new Date()): Promise<MyHome> {
  const student = await requireStudent();
  const me = student.id;
  const nudgesSince = new Date(now.getTime() - NUDGE_SHOWN_FOR_MS).toISOString();
  const { held, revision } = heldAgendaRevision(me);
  const [row] = await homeStatement({ me, held: revision, now: now.toISOString(), nudgesSince });
  const home = row!;
  const agenda = agendaFromRow(me, home, now, held);
  return {
    name: student.name,
    email: student.email,
    cohorts: home.cohorts.map(([id, name, term]) => ({ id, name, term })),
    agenda,
    ...stepsOf(agenda, home),
    journal: home.journal.map(([id, entryOn, learned, nextSteps]) => ({ id, entryOn, learned, nextSteps })),
    nudges: home.nudges.map(([id, body, advisorName, createdAtMs]) => ({
      id,
      body,
      advisorName,
      createdAt: new Date(createdAtMs),
    })),
    comments: home.comments.map(([id, body, createdAtMs, authorName, interviewId, contactName]) => ({
      id,
      body,
      createdAt: new Date(createdAtMs),
      authorName,
      interview: interviewId && contactName !== null ? { id: interviewId, contactName } : null,
    })),
    activity: activityFromRows(home.activity),
  };
}

function stepsOf(
  agenda: MyAgenda,
  counts: Pick<HomeRow, "career_fields" | "organizations" | "questions_chosen" | "pitch_written">,
): Pick<MyHome, "steps" | "nextAction"> {
  const evidence: StepEvidence = {
    careerFields: counts.career_fields,
    organizations: counts.organizations,
    contacts: agenda.tally.contacts,
    pitchWritten: counts.pitch_written,
    questionsChosen: counts.questions_chosen,
    outreachSent: agenda.tally.outreachSent,
    interviewsCompleted: agenda.tally.interviewsCompleted,
    thankYousSent: agenda.tally.thankYousSent,
  };
  // One pass over what is due now, counting each kind.
  const due = { "outreach-follow-up": 0, "thank-you": 0, "keep-in-touch": 0, interview: 0 };
  for (const item of agenda.overdue) due[item.kind] += 1;
  for (const item of agenda.due) due[item.kind] += 1;
  const workload: StepWorkload = {
    awaitingReply: agenda.awaitingReply.length,
    followUpsDue: due["outreach-follow-up"],
    interviewsUpcoming: agenda.tally.interviewsUpcoming,
    thankYousDue: due["thank-you"],
    keepInTouchDue: due["keep-in-touch"],
  };
  const urgent = agenda.overdue[0] ?? agenda.due[0];
  const identified = agenda.pipeline.find((column) => column.stage === "identified")?.contacts[0];
  const interview = agenda.items.find((i) => i.kind === "interview" && i.interviewId !== null);
  return {
    steps: trackSteps(evidence, workload),
    nextAction: nextBestAction(evidence, workload, {
      urgent: urgent ? { ...urgent, state: urgent.state === "overdue" ? "overdue" : "due" } : null,
      notContacted: identified ?? null,
      nextInterview: interview ? { id: interview.interviewId!, contactName: interview.contactName } : null,
    }),
  };
}
