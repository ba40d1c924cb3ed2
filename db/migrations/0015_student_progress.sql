CREATE TABLE "student_progress" (
	"student_id" text PRIMARY KEY NOT NULL,
	"research_items" integer NOT NULL,
	"contacts_identified" integer NOT NULL,
	"preparation_items" integer NOT NULL,
	"outreach_sent" integer NOT NULL,
	"interviews_completed" integer NOT NULL,
	"follow_ups_sent" integer NOT NULL,
	"thank_yous_sent" integer NOT NULL,
	"last_activity_at" timestamp with time zone,
	"interviews_awaiting_thank_you" date[] NOT NULL,
	"thank_you_delays" integer[] NOT NULL,
	"outreach_awaiting_follow_up" date[] NOT NULL,
	"activity_days" date[] NOT NULL,
	"activity_counts" integer[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "student_progress" ADD CONSTRAINT "student_progress_student_id_users_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Recomputes the student_progress rows of the given students from their records, with the queries the dashboard
-- used to run per request, restricted to these students. Called by the triggers below after each statement.
CREATE OR REPLACE FUNCTION refresh_student_progress(ids text[]) RETURNS void AS $$
BEGIN
  IF cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  -- One refresh per student at a time, held to commit: a transaction waiting here recomputes after the
  -- other commits, so it reads that one's writes too and the last refresh to run sees every committed
  -- record (recomputing from a snapshot taken before the other's commit would keep a stale row). A row
  -- lock on users, taken in id order: it doesn't block inserts that reference the student (KEY SHARE),
  -- and unlike advisory locks it doesn't fill the lock table when one statement touches thousands.
  PERFORM 1 FROM users WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE;

  DELETE FROM student_progress WHERE student_id = ANY(ids);
  INSERT INTO student_progress (student_id, research_items, contacts_identified, preparation_items,
    outreach_sent, interviews_completed, follow_ups_sent, thank_yous_sent, last_activity_at,
    interviews_awaiting_thank_you, thank_you_delays, outreach_awaiting_follow_up, activity_days,
    activity_counts)
  WITH
    research AS (
      SELECT student_id, count(*)::int AS n, max(updated_at) AS last_at FROM (
        SELECT student_id, updated_at FROM career_fields WHERE student_id = ANY(ids)
        UNION ALL
        SELECT student_id, updated_at FROM organizations WHERE student_id = ANY(ids)
      ) r GROUP BY student_id),
    contact_counts AS (
      SELECT student_id, count(*)::int AS n, max(updated_at) AS last_at
      FROM contacts WHERE student_id = ANY(ids) GROUP BY student_id),
    prepared AS (
      SELECT student_id, count(*)::int AS n, max(updated_at) AS last_at FROM (
        SELECT student_id, updated_at FROM student_profiles
          WHERE student_id = ANY(ids) AND elevator_pitch <> ''
        UNION ALL
        SELECT student_id, created_at FROM questions WHERE student_id = ANY(ids)
        UNION ALL
        SELECT i.student_id, i.updated_at FROM interview_questions iq
          JOIN interviews i ON i.id = iq.interview_id WHERE i.student_id = ANY(ids)
      ) p GROUP BY student_id),
    outreach AS (
      SELECT student_id, count(*) FILTER (WHERE NOT is_follow_up)::int AS n, max(updated_at) AS last_at
      FROM outreach_attempts WHERE student_id = ANY(ids) GROUP BY student_id),
    interview_counts AS (
      SELECT student_id, count(*) FILTER (WHERE status = 'completed')::int AS completed,
             max(updated_at) AS last_at
      FROM interviews WHERE student_id = ANY(ids) GROUP BY student_id),
    follow_up_counts AS (
      SELECT student_id, count(*)::int AS n,
             count(*) FILTER (WHERE kind = 'thank_you')::int AS thanks, max(created_at) AS last_at
      FROM follow_ups WHERE student_id = ANY(ids) GROUP BY student_id),
    journal AS (
      SELECT student_id, max(created_at) AS last_at
      FROM journal_entries WHERE student_id = ANY(ids) GROUP BY student_id),
    -- An interview's day is taken where it happened (interviews.time_zone), as on the student's interview
    -- page and when a thank-you is recorded (a thank-you dated before that day is refused).
    thanked AS (
      SELECT i.student_id, i.id, held.held_on,
        (SELECT min(f.sent_on) FROM follow_ups f
          WHERE f.student_id = i.student_id AND f.kind = 'thank_you'
            AND (f.interview_id = i.id
                 OR (f.interview_id IS NULL AND f.contact_id = i.contact_id AND f.sent_on >= held.held_on))
        ) AS thanked_on
      FROM interviews i
      CROSS JOIN LATERAL (SELECT (i.starts_at AT TIME ZONE i.time_zone)::date AS held_on) held
      WHERE i.student_id = ANY(ids) AND i.status = 'completed'),
    thank_yous AS (
      SELECT student_id,
        coalesce(array_agg(held_on ORDER BY held_on, id) FILTER (WHERE thanked_on IS NULL), '{}') AS awaiting,
        coalesce(array_agg(thanked_on - held_on ORDER BY held_on, id) FILTER (WHERE thanked_on IS NOT NULL),
                 '{}') AS delays
      FROM thanked GROUP BY student_id),
    -- Each contact's latest attempt, when it is an unanswered original and no interview followed.
    waiting AS (
      SELECT student_id, array_agg(sent_on ORDER BY sent_on) AS sent_on FROM (
        SELECT DISTINCT ON (o.contact_id) o.student_id, o.sent_on, o.reply, o.is_follow_up
        FROM outreach_attempts o
        WHERE o.student_id = ANY(ids)
          AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.contact_id = o.contact_id)
        ORDER BY o.contact_id, o.sent_on DESC, o.created_at DESC
      ) latest
      WHERE reply = 'none' AND NOT is_follow_up
      GROUP BY student_id),
    -- Records created per UTC day, for the weekly activity chart.
    activity AS (
      SELECT student_id, array_agg(day ORDER BY day) AS days, array_agg(n ORDER BY day) AS counts FROM (
        SELECT student_id, (at AT TIME ZONE 'UTC')::date AS day, count(*)::int AS n FROM (
          SELECT student_id, created_at AS at FROM contacts WHERE student_id = ANY(ids)
          UNION ALL SELECT student_id, created_at FROM organizations WHERE student_id = ANY(ids)
          UNION ALL SELECT student_id, created_at FROM outreach_attempts WHERE student_id = ANY(ids)
          UNION ALL SELECT student_id, created_at FROM interviews WHERE student_id = ANY(ids)
          UNION ALL SELECT student_id, created_at FROM follow_ups WHERE student_id = ANY(ids)
          UNION ALL SELECT student_id, created_at FROM journal_entries WHERE student_id = ANY(ids)
        ) created GROUP BY 1, 2
      ) per_day GROUP BY student_id),
    facts AS (
      SELECT s.student_id,
        coalesce(research.n, 0) AS research_items,
        coalesce(contact_counts.n, 0) AS contacts_identified,
        coalesce(prepared.n, 0) AS preparation_items,
        coalesce(outreach.n, 0) AS outreach_sent,
        coalesce(interview_counts.completed, 0) AS interviews_completed,
        coalesce(follow_up_counts.n, 0) AS follow_ups_sent,
        coalesce(follow_up_counts.thanks, 0) AS thank_yous_sent,
        greatest(research.last_at, contact_counts.last_at, prepared.last_at, outreach.last_at,
                 interview_counts.last_at, follow_up_counts.last_at, journal.last_at) AS last_activity_at,
        coalesce(thank_yous.awaiting, '{}') AS interviews_awaiting_thank_you,
        coalesce(thank_yous.delays, '{}') AS thank_you_delays,
        coalesce(waiting.sent_on, '{}') AS outreach_awaiting_follow_up,
        coalesce(activity.days, '{}') AS activity_days,
        coalesce(activity.counts, '{}') AS activity_counts
      FROM (SELECT DISTINCT unnest(ids) AS student_id) s
      LEFT JOIN research ON research.student_id = s.student_id
      LEFT JOIN contact_counts ON contact_counts.student_id = s.student_id
      LEFT JOIN prepared ON prepared.student_id = s.student_id
      LEFT JOIN outreach ON outreach.student_id = s.student_id
      LEFT JOIN interview_counts ON interview_counts.student_id = s.student_id
      LEFT JOIN follow_up_counts ON follow_up_counts.student_id = s.student_id
      LEFT JOIN journal ON journal.student_id = s.student_id
      LEFT JOIN thank_yous ON thank_yous.student_id = s.student_id
      LEFT JOIN waiting ON waiting.student_id = s.student_id
      LEFT JOIN activity ON activity.student_id = s.student_id)
  -- Every record adds a time to last_activity_at: none means no records, and no row (so an erased
  -- account keeps nothing here, and a student with nothing reads as zeros through the left join).
  SELECT * FROM facts WHERE last_activity_at IS NOT NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- One refresh per statement for the distinct students it touched (old and new rows: an update may move a
-- record), so a bulk insert of thousands of rows costs one set-based recompute, not one per row.
CREATE OR REPLACE FUNCTION student_progress_after_change() RETURNS trigger AS $$
DECLARE
  ids text[] := '{}';
BEGIN
  -- interview_questions has no student column: its rows belong to their interview's student. When the
  -- interview itself is being deleted the join finds nothing, and the interviews trigger refreshes instead.
  IF TG_TABLE_NAME = 'interview_questions' THEN
    IF TG_OP <> 'DELETE' THEN
      ids := ids || ARRAY(SELECT i.student_id FROM new_rows n JOIN interviews i ON i.id = n.interview_id);
    END IF;
    IF TG_OP <> 'INSERT' THEN
      ids := ids || ARRAY(SELECT i.student_id FROM old_rows o JOIN interviews i ON i.id = o.interview_id);
    END IF;
  ELSE
    IF TG_OP <> 'DELETE' THEN
      ids := ids || ARRAY(SELECT student_id FROM new_rows WHERE student_id IS NOT NULL);
    END IF;
    IF TG_OP <> 'INSERT' THEN
      ids := ids || ARRAY(SELECT student_id FROM old_rows WHERE student_id IS NOT NULL);
    END IF;
  END IF;
  PERFORM refresh_student_progress(ARRAY(SELECT DISTINCT id FROM unnest(ids) AS t(id) ORDER BY id));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- A TRUNCATE has no transition table: recompute everyone (nothing in the app truncates; a script might).
CREATE OR REPLACE FUNCTION student_progress_after_truncate() RETURNS trigger AS $$
BEGIN
  PERFORM refresh_student_progress(ARRAY(SELECT id FROM users ORDER BY id));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- PostgreSQL allows transition tables only on single-event triggers: three per table, plus TRUNCATE.
DO $$
DECLARE
  source text;
BEGIN
  FOREACH source IN ARRAY ARRAY['career_fields', 'organizations', 'contacts', 'student_profiles', 'questions',
    'interview_questions', 'interviews', 'outreach_attempts', 'follow_ups', 'journal_entries'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION student_progress_after_change()', source || '_progress_insert', source);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION student_progress_after_change()', source || '_progress_update', source);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION student_progress_after_change()', source || '_progress_delete', source);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I
      FOR EACH STATEMENT EXECUTE FUNCTION student_progress_after_truncate()', source || '_progress_truncate', source);
  END LOOP;
END;
$$;
--> statement-breakpoint
-- Backfill: every existing student's rows, from their records.
SELECT refresh_student_progress(ARRAY(SELECT id FROM users ORDER BY id));
