-- A student's records may only point at the same student's records. lib/data checks this too; these
-- composite keys make it impossible even for a buggy query. (ON DELETE SET NULL (column) needs PG 15+.)
ALTER TABLE "career_fields" ADD CONSTRAINT "career_fields_id_student_key" UNIQUE ("id", "student_id");--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_id_student_key" UNIQUE ("id", "student_id");--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_id_student_key" UNIQUE ("id", "student_id");--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_id_student_key" UNIQUE ("id", "student_id");--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_field_same_owner_fk"
  FOREIGN KEY ("career_field_id", "student_id") REFERENCES "career_fields" ("id", "student_id")
  ON DELETE SET NULL ("career_field_id");--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_organization_same_owner_fk"
  FOREIGN KEY ("organization_id", "student_id") REFERENCES "organizations" ("id", "student_id")
  ON DELETE SET NULL ("organization_id");--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_referrer_same_owner_fk"
  FOREIGN KEY ("referred_by_contact_id", "student_id") REFERENCES "contacts" ("id", "student_id")
  ON DELETE SET NULL ("referred_by_contact_id");--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_referral_interview_same_owner_fk"
  FOREIGN KEY ("referred_from_interview_id", "student_id") REFERENCES "interviews" ("id", "student_id")
  ON DELETE SET NULL ("referred_from_interview_id");--> statement-breakpoint
ALTER TABLE "outreach_attempts" ADD CONSTRAINT "outreach_contact_same_owner_fk"
  FOREIGN KEY ("contact_id", "student_id") REFERENCES "contacts" ("id", "student_id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_contact_same_owner_fk"
  FOREIGN KEY ("contact_id", "student_id") REFERENCES "contacts" ("id", "student_id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_contact_same_owner_fk"
  FOREIGN KEY ("contact_id", "student_id") REFERENCES "contacts" ("id", "student_id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_interview_same_owner_fk"
  FOREIGN KEY ("interview_id", "student_id") REFERENCES "interviews" ("id", "student_id")
  ON DELETE SET NULL ("interview_id");--> statement-breakpoint
-- A question chosen for an interview is a built-in one or the interviewing student's own.
CREATE FUNCTION interview_questions_same_owner() RETURNS trigger AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM interviews i JOIN questions q ON q.id = NEW.question_id
    WHERE i.id = NEW.interview_id AND (q.student_id IS NULL OR q.student_id = i.student_id)
  ) THEN
    RAISE EXCEPTION 'question % does not belong to the interview''s student', NEW.question_id
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER interview_questions_same_owner_check
  BEFORE INSERT OR UPDATE ON interview_questions
  FOR EACH ROW EXECUTE FUNCTION interview_questions_same_owner();
