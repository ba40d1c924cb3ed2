import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  careerFields,
  interviewQuestions,
  interviews,
  organizations,
  studentProfiles,
} from "@/db/schema/index";
import {
  nextBestAction,
  trackSteps,
  type NextAction,
  type StepEvidence,
  type StepWorkload,
  type TrackedStep,
} from "@/lib/domain/step-tracker";
import { unsafeLoadStudentAgenda, type MyAgenda } from "@/lib/data/student/home/agenda";
import { requireStudent } from "@/lib/data/student/scope";

export type MyHome = {
  agenda: MyAgenda;
  steps: TrackedStep[];
  nextAction: NextAction;
};

type Counts = {
  career_fields: number;
  organizations: number;
  questions_chosen: number;
  pitch_written: boolean;
};

/**
 * Everything home shows about the six steps: the agenda (five queries) and one query of counts for the steps
 * the agenda does not cover, so home costs the same number of queries at 10 contacts or 200.
 */
export async function getMyHome(now = new Date()): Promise<MyHome> {
  const student = await requireStudent();
  const me = student.id;
  const [agenda, rows] = await Promise.all([
    unsafeLoadStudentAgenda(me, now),
    getDb().execute<Counts>(sql`
      select
        (select count(*)::int from ${careerFields} where ${careerFields.studentId} = ${me}) as career_fields,
        (select count(*)::int from ${organizations} where ${organizations.studentId} = ${me}) as organizations,
        (select count(distinct ${interviewQuestions.questionId})::int
          from ${interviewQuestions}
          join ${interviews} on ${interviews.id} = ${interviewQuestions.interviewId}
          where ${interviews.studentId} = ${me}) as questions_chosen,
        coalesce((select length(trim(${studentProfiles.elevatorPitch})) > 0
          from ${studentProfiles} where ${studentProfiles.studentId} = ${me}), false) as pitch_written`),
  ]);
  const counts = rows[0];
  const evidence: StepEvidence = {
    careerFields: counts?.career_fields ?? 0,
    organizations: counts?.organizations ?? 0,
    contacts: agenda.tally.contacts,
    pitchWritten: counts?.pitch_written ?? false,
    questionsChosen: counts?.questions_chosen ?? 0,
    outreachSent: agenda.tally.outreachSent,
    interviewsCompleted: agenda.tally.interviewsCompleted,
    thankYousSent: agenda.tally.thankYousSent,
  };
  const dueNow = [...agenda.overdue, ...agenda.due];
  const workload: StepWorkload = {
    awaitingReply: agenda.awaitingReply.length,
    followUpsDue: dueNow.filter((i) => i.kind === "outreach-follow-up").length,
    interviewsUpcoming: agenda.tally.interviewsUpcoming,
    thankYousDue: dueNow.filter((i) => i.kind === "thank-you").length,
    keepInTouchDue: dueNow.filter((i) => i.kind === "keep-in-touch").length,
  };
  const urgent = dueNow[0];
  const identified = agenda.pipeline.find((column) => column.stage === "identified")?.contacts[0];
  const interview = agenda.items.find((i) => i.kind === "interview" && i.interviewId !== null);
  return {
    agenda,
    steps: trackSteps(evidence, workload),
    nextAction: nextBestAction(evidence, workload, {
      urgent: urgent ? { ...urgent, state: urgent.state === "overdue" ? "overdue" : "due" } : null,
      notContacted: identified ?? null,
      nextInterview: interview ? { id: interview.interviewId!, contactName: interview.contactName } : null,
    }),
  };
}
