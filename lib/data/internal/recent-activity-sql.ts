import "server-only";
import { Placeholder, sql, type SQL } from "drizzle-orm";
import {
  contacts,
  followUps,
  interviews,
  journalEntries,
  organizations,
  outreachAttempts,
} from "@/db/schema/index";
import {
  describeActivity,
  type ActivityEvent,
  type ActivityKind,
  type RecentActivityItem,
} from "@/lib/domain/recent-activity";
import type { FollowUpChannel, OutreachChannel } from "@/lib/domain/vocabulary";

export type RecentActivityRow = {
  kind: ActivityKind;
  id: string;
  at_ms: number;
  name: string | null;
  contact_id: string | null;
  interview_id: string | null;
  channel: string | null;
  detail: string | null;
};

/**
 * Student `me`'s latest events across their records, newest first, as one query of RecentActivityRow: a
 * statement of its own (listMyRecentActivity) or a subquery of home's one statement. Only names and kinds
 * are read: no note, message or reflection text, so nothing private can reach a label.
 *
 * A reply is dated by the attempt's `updated_at` (recording the reply is the only edit an attempt gets), and
 * a held interview by its start, since neither has a timestamp of its own. `me` and `now` may be placeholders
 * (an ISO timestamp for `now`), for a statement whose text is built once.
 */
export function recentActivitySql(me: string | Placeholder, now: Date | Placeholder, limit: number): SQL {
  const asOf = sql`${now instanceof Placeholder ? now : now.toISOString()}::timestamptz`;
  // Each branch keeps only its own newest `limit`: the overall newest `limit` are among them, and the
  // union stays small however much the student has logged. A branch cuts its table's rows to `limit` before
  // joining the contact for its name: joining first looked up a contact for every message and interview,
  // most of this query's time at 200 contacts.
  return sql`
    select kind, id, name, contact_id, interview_id, channel, detail,
      (extract(epoch from at) * 1000)::float8 as at_ms
    from (
      (select 'contact-added'::text as kind, ${contacts.id} as id, ${contacts.createdAt} as at,
          ${contacts.name} as name, null::text as contact_id, null::text as interview_id,
          null::text as channel, null::text as detail
        from ${contacts}
        where ${contacts.studentId} = ${me}
        order by 3 desc, 2 desc limit ${limit})
      union all
      (select 'organization-added', ${organizations.id}, ${organizations.createdAt},
          ${organizations.name}, null, null, null, null
        from ${organizations}
        where ${organizations.studentId} = ${me}
        order by 3 desc, 2 desc limit ${limit})
      union all
      (select 'outreach-logged', x.id, x.at, ${contacts.name}, ${contacts.id}, null, x.channel,
          case when x.is_follow_up then 'follow-up' else 'first' end
        from (select ${outreachAttempts.id} as id, ${outreachAttempts.createdAt} as at,
            ${outreachAttempts.contactId} as contact_id, ${outreachAttempts.channel} as channel,
            ${outreachAttempts.isFollowUp} as is_follow_up
          from ${outreachAttempts} where ${outreachAttempts.studentId} = ${me}
          order by 2 desc, 1 desc limit ${limit}) x
        join ${contacts} on ${contacts.id} = x.contact_id and ${contacts.studentId} = ${me})
      union all
      (select 'reply-recorded', x.id, x.at, ${contacts.name}, ${contacts.id}, null, null, x.reply
        from (select ${outreachAttempts.id} as id, ${outreachAttempts.updatedAt} as at,
            ${outreachAttempts.contactId} as contact_id, ${outreachAttempts.reply} as reply
          from ${outreachAttempts}
          where ${outreachAttempts.studentId} = ${me} and ${outreachAttempts.reply} <> 'none'
          order by 2 desc, 1 desc limit ${limit}) x
        join ${contacts} on ${contacts.id} = x.contact_id and ${contacts.studentId} = ${me})
      union all
      (select 'interview-scheduled', x.id, x.at, ${contacts.name}, ${contacts.id}, x.id, null, null
        from (select ${interviews.id} as id, ${interviews.createdAt} as at, ${interviews.contactId} as contact_id
          from ${interviews} where ${interviews.studentId} = ${me}
          order by 2 desc, 1 desc limit ${limit}) x
        join ${contacts} on ${contacts.id} = x.contact_id and ${contacts.studentId} = ${me})
      union all
      (select 'interview-held', x.id, x.at, ${contacts.name}, ${contacts.id}, x.id, null, null
        from (select ${interviews.id} as id, ${interviews.startsAt} as at, ${interviews.contactId} as contact_id
          from ${interviews}
          where ${interviews.studentId} = ${me} and ${interviews.status} = 'completed'
            and ${interviews.startsAt} <= ${asOf}
          order by 2 desc, 1 desc limit ${limit}) x
        join ${contacts} on ${contacts.id} = x.contact_id and ${contacts.studentId} = ${me})
      union all
      (select
          case x.kind
            when 'thank_you' then 'thank-you-logged' when 'update' then 'update-logged' else 'touch-logged'
          end,
          x.id, x.at, ${contacts.name}, ${contacts.id}, x.interview_id, x.channel, null
        from (select ${followUps.id} as id, ${followUps.createdAt} as at, ${followUps.contactId} as contact_id,
            ${followUps.kind} as kind, ${followUps.interviewId} as interview_id, ${followUps.channel} as channel
          from ${followUps} where ${followUps.studentId} = ${me}
          order by 2 desc, 1 desc limit ${limit}) x
        join ${contacts} on ${contacts.id} = x.contact_id and ${contacts.studentId} = ${me})
      union all
      (select 'reflection-written', ${journalEntries.id}, ${journalEntries.createdAt},
          null, null, null, null, null
        from ${journalEntries}
        where ${journalEntries.studentId} = ${me}
        order by 3 desc, 2 desc limit ${limit})
    ) as events
    order by at desc, kind, id desc
    limit ${limit}`;
}

export function activityFromRows(rows: readonly RecentActivityRow[]): RecentActivityItem[] {
  return rows.map((row) => describeActivity(toEvent(row)));
}

function toEvent(row: RecentActivityRow): ActivityEvent {
  const base = { id: row.id, at: new Date(row.at_ms) };
  const name = row.name ?? "";
  const contactId = row.contact_id ?? "";
  switch (row.kind) {
    case "contact-added":
      return { ...base, kind: row.kind, contactName: name };
    case "organization-added":
      return { ...base, kind: row.kind, organizationName: name };
    case "outreach-logged":
      return {
        ...base,
        kind: row.kind,
        contactId,
        contactName: name,
        channel: row.channel as OutreachChannel,
        isFollowUp: row.detail === "follow-up",
      };
    case "reply-recorded":
      return {
        ...base,
        kind: row.kind,
        contactId,
        contactName: name,
        reply: row.detail === "declined" ? "declined" : "replied",
      };
    case "interview-scheduled":
    case "interview-held":
      return { ...base, kind: row.kind, contactName: name };
    case "thank-you-logged":
    case "update-logged":
    case "touch-logged":
      return {
        ...base,
        kind: row.kind,
        contactId,
        contactName: name,
        channel: row.channel as FollowUpChannel,
        interviewId: row.interview_id,
      };
    case "reflection-written":
      return { ...base, kind: row.kind };
  }
}
