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
} from "@/db/schema/index";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import type { StudentAgenda } from "@/lib/domain/student-agenda";
import { studentTimeZone } from "@/lib/domain/time-zone";
import type {
  FollowUpKind,
  InterviewStatus,
  KeepInTouchCadence,
  OutreachChannel,
  OutreachReply,
} from "@/lib/domain/vocabulary";
import { assembleStudentAgenda } from "@/lib/data/internal/digests/student-batch";
import { thankYouRulesOf } from "@/lib/data/internal/instance-rules";

/** `asOf` is the student's calendar date the agenda was built for. */
export type MyAgenda = StudentAgenda & { timeZone: string; asOf: string; contactCount: number };

/**
 * One student's agenda rows as columns of a single select, each list one JSON array of tuples. One statement
 * instead of six (profile, settings, contacts, messages, interviews, notes): every statement costs the app
 * server a round trip and its rows a parse, and at 200 contacts that was most of the home page's time, while
 * PostgreSQL builds the arrays in a fraction of a millisecond. Tuples, not objects: no key repeated per row.
 */
export type AgendaRow = {
  time_zone: string | null;
  /** [thank-you due business days, overdue days], from instance_settings. */
  thank_you_rules: [number | null, number | null] | null;
  contacts: [id: string, name: string, cadence: KeepInTouchCadence, organizationName: string | null][];
  outreach: [
    contactId: string,
    id: string,
    version: number,
    channel: OutreachChannel,
    sentOn: CalendarDate,
    reply: OutreachReply,
    isFollowUp: boolean,
  ][];
  interviews: [contactId: string, id: string, status: InterviewStatus, startsAtMs: number][];
  follow_ups: [contactId: string, kind: FollowUpKind, sentOn: CalendarDate][];
};

/**
 * The select-list columns of AgendaRow for student `me` (an id, or a placeholder for one), to put beside other
 * columns of one statement.
 */
export function agendaColumns(me: string | Placeholder): SQL {
  // The organization join names the student too, so PostgreSQL reads their twenty organizations by index
  // instead of hashing every organization in the database (most of this statement's time at 11,000).
  return sql`
    (select ${studentProfiles.timeZone} from ${studentProfiles}
      where ${studentProfiles.studentId} = ${me}) as time_zone,
    (select json_build_array(${instanceSettings.thankYouDueBusinessDays}, ${instanceSettings.thankYouOverdueDays})
      from ${instanceSettings} where ${instanceSettings.id} = true) as thank_you_rules,
    (select coalesce(json_agg(json_build_array(
        ${contacts.id}, ${contacts.name}, ${contacts.keepInTouchCadence}, ${organizations.name})), '[]')
      from ${contacts}
      left join ${organizations}
        on ${organizations.id} = ${contacts.organizationId} and ${organizations.studentId} = ${me}
      where ${contacts.studentId} = ${me}) as contacts,
    (select coalesce(json_agg(json_build_array(
        ${outreachAttempts.contactId}, ${outreachAttempts.id}, ${outreachAttempts.version},
        ${outreachAttempts.channel}, ${outreachAttempts.sentOn}, ${outreachAttempts.reply},
        ${outreachAttempts.isFollowUp})), '[]')
      from ${outreachAttempts} where ${outreachAttempts.studentId} = ${me}) as outreach,
    (select coalesce(json_agg(json_build_array(
        ${interviews.contactId}, ${interviews.id}, ${interviews.status},
        (extract(epoch from ${interviews.startsAt}) * 1000)::float8)), '[]')
      from ${interviews} where ${interviews.studentId} = ${me}) as interviews,
    (select coalesce(json_agg(json_build_array(${followUps.contactId}, ${followUps.kind}, ${followUps.sentOn})), '[]')
      from ${followUps} where ${followUps.studentId} = ${me}) as follow_ups`;
}

/** The agenda from the columns of agendaColumns: one pass to group, one pass of rules (student-agenda.ts). */
export function agendaFromRow(row: AgendaRow, now: Date): MyAgenda {
  const timeZone = studentTimeZone(row.time_zone);
  const [dueBusinessDays, overdueDays] = row.thank_you_rules ?? [null, null];
  const { agenda, today } = assembleStudentAgenda(
    {
      contacts: row.contacts.map(([id, name, cadence, organizationName]) => ({
        id,
        name,
        cadence,
        organizationName,
      })),
      outreach: row.outreach.map(([contactId, id, version, channel, sentOn, reply, isFollowUp]) => ({
        contactId,
        id,
        version,
        channel,
        sentOn,
        reply,
        isFollowUp,
      })),
      interviews: row.interviews.map(([contactId, id, status, startsAtMs]) => ({
        contactId,
        id,
        status,
        startsAt: new Date(startsAtMs),
      })),
      followUps: row.follow_ups.map(([contactId, kind, sentOn]) => ({ contactId, kind, sentOn })),
    },
    timeZone,
    now,
    thankYouRulesOf({ dueBusinessDays, overdueDays }),
  );
  return { ...agenda, timeZone, asOf: today, contactCount: row.contacts.length };
}
