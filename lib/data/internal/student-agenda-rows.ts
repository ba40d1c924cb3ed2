import "server-only";
import { sql, type Placeholder, type SQL } from "drizzle-orm";
import {
  contacts,
  followUps,
  instanceSettings,
  interviews,
  organizations,
  outreachAttempts,
  studentProfiles,
  studentProgress,
} from "@/db/schema/index";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import type { StudentAgenda } from "@/lib/domain/student-agenda";
import { calendarDateIn, studentTimeZone } from "@/lib/domain/time-zone";
import type {
  FollowUpKind,
  InterviewStatus,
  KeepInTouchCadence,
  OutreachChannel,
  OutreachReply,
} from "@/lib/domain/vocabulary";
import { assembleStudentAgenda, type AgendaRows } from "@/lib/data/internal/digests/student-batch";
import { thankYouRulesOf } from "@/lib/data/internal/instance-rules";
import { studentAgendaCache, type HeldAgendaRows } from "@/lib/data/internal/student-agenda-cache";

/** `asOf` is the student's calendar date the agenda was built for. */
export type MyAgenda = StudentAgenda & { timeZone: string; asOf: string; contactCount: number };

type AgendaLists = [
  contacts: [id: string, name: string, cadence: KeepInTouchCadence, organizationName: string | null][],
  outreach: [
    contactId: string,
    id: string,
    version: number,
    channel: OutreachChannel,
    sentOn: CalendarDate,
    reply: OutreachReply,
    isFollowUp: boolean,
  ][],
  interviews: [contactId: string, id: string, status: InterviewStatus, startsAtMs: number][],
  followUps: [contactId: string, kind: FollowUpKind, sentOn: CalendarDate][],
];

/**
 * One student's agenda rows as columns of a single select, the lists as one JSON array of tuples. One statement
 * instead of six (profile, settings, contacts, messages, interviews, notes): every statement costs the app
 * server a round trip and its rows a parse, and at 200 contacts that was most of the home page's time, while
 * PostgreSQL builds the arrays in a fraction of a millisecond. Tuples, not objects: no key repeated per row.
 */
export type AgendaRow = {
  time_zone: string | null;
  /** [thank-you due business days, overdue days], from instance_settings. */
  thank_you_rules: [number | null, number | null] | null;
  /** The student's `student_progress` row version: null when they have no records at all. */
  agenda_revision: string | null;
  /** Left out (null) when `agenda_revision` is the revision the caller holds the lists of. */
  agenda_lists: AgendaLists | null;
};

/**
 * The select-list columns of AgendaRow for student `me` (an id, or a placeholder for one), to put beside other
 * columns of one statement. `held` is the revision whose lists the caller holds (student-agenda-cache.ts), or
 * "" for none: when it is still the student's revision, PostgreSQL does not build the lists (a CASE evaluates
 * only the branch it takes) and the app reuses the ones it holds.
 */
export function agendaColumns(me: string | Placeholder, held: string | Placeholder): SQL {
  // The organization join names the student too, so PostgreSQL reads their twenty organizations by index
  // instead of hashing every organization in the database (most of this statement's time at 11,000).
  const revision = sql`(select ${studentProgress}.xmin::text from ${studentProgress}
      where ${studentProgress.studentId} = ${me})`;
  return sql`
    (select ${studentProfiles.timeZone} from ${studentProfiles}
      where ${studentProfiles.studentId} = ${me}) as time_zone,
    (select json_build_array(${instanceSettings.thankYouDueBusinessDays}, ${instanceSettings.thankYouOverdueDays})
      from ${instanceSettings} where ${instanceSettings.id} = true) as thank_you_rules,
    ${revision} as agenda_revision,
    case when ${revision} = ${held} then null else json_build_array(
      (select coalesce(json_agg(json_build_array(
          ${contacts.id}, ${contacts.name}, ${contacts.keepInTouchCadence}, ${organizations.name})), '[]')
        from ${contacts}
        left join ${organizations}
          on ${organizations.id} = ${contacts.organizationId} and ${organizations.studentId} = ${me}
        where ${contacts.studentId} = ${me}),
      (select coalesce(json_agg(json_build_array(
          ${outreachAttempts.contactId}, ${outreachAttempts.id}, ${outreachAttempts.version},
          ${outreachAttempts.channel}, ${outreachAttempts.sentOn}, ${outreachAttempts.reply},
          ${outreachAttempts.isFollowUp})), '[]')
        from ${outreachAttempts} where ${outreachAttempts.studentId} = ${me}),
      (select coalesce(json_agg(json_build_array(
          ${interviews.contactId}, ${interviews.id}, ${interviews.status},
          (extract(epoch from ${interviews.startsAt}) * 1000)::float8)), '[]')
        from ${interviews} where ${interviews.studentId} = ${me}),
      (select coalesce(json_agg(json_build_array(${followUps.contactId}, ${followUps.kind}, ${followUps.sentOn})), '[]')
        from ${followUps} where ${followUps.studentId} = ${me})) end as agenda_lists`;
}

/** The revision to send as agendaColumns' `held` for this student: "" when none is held (never a revision). */
export function heldAgendaRevision(studentId: string): {
  held: HeldAgendaRows | undefined;
  revision: string;
} {
  const held = studentAgendaCache().held(studentId);
  return { held, revision: held?.revision ?? "" };
}

/**
 * The agenda from the columns of agendaColumns: one pass to group, one pass of rules (student-agenda.ts).
 * `held` is what heldAgendaRevision gave before the statement ran (a concurrent request may have replaced the
 * cache's entry since): when the statement left the lists out, they are its rows.
 */
export function agendaFromRow(
  studentId: string,
  row: AgendaRow,
  now: Date,
  held: HeldAgendaRows | undefined,
): MyAgenda {
  const timeZone = studentTimeZone(row.time_zone);
  const [dueBusinessDays, overdueDays] = row.thank_you_rules ?? [null, null];
  let current: HeldAgendaRows;
  if (row.agenda_lists === null) {
    if (!held || held.revision !== row.agenda_revision) {
      throw new Error("The agenda's lists were left out for a revision this request does not hold");
    }
    current = held;
  } else {
    current = { revision: row.agenda_revision ?? "", rows: rowsOf(row.agenda_lists) };
    // A student with no records has no revision to check against next time; their lists are empty anyway.
    if (row.agenda_revision !== null) studentAgendaCache().keep(studentId, current);
  }
  const today = calendarDateIn(now, timeZone);
  const key = `${timeZone} ${dueBusinessDays} ${overdueDays} ${today}`;
  if (current.built?.key !== key) {
    const { agenda } = assembleStudentAgenda(
      current.rows,
      timeZone,
      now,
      thankYouRulesOf({ dueBusinessDays, overdueDays }),
    );
    current.built = { key, agenda };
  }
  return { ...current.built.agenda, timeZone, asOf: today, contactCount: current.rows.contacts.length };
}

function rowsOf([contactRows, outreachRows, interviewRows, followUpRows]: AgendaLists): AgendaRows {
  return {
    contacts: contactRows.map(([id, name, cadence, organizationName]) => ({
      id,
      name,
      cadence,
      organizationName,
    })),
    outreach: outreachRows.map(([contactId, id, version, channel, sentOn, reply, isFollowUp]) => ({
      contactId,
      id,
      version,
      channel,
      sentOn,
      reply,
      isFollowUp,
    })),
    interviews: interviewRows.map(([contactId, id, status, startsAtMs]) => ({
      contactId,
      id,
      status,
      startsAt: new Date(startsAtMs),
    })),
    followUps: followUpRows.map(([contactId, kind, sentOn]) => ({ contactId, kind, sentOn })),
  };
}
