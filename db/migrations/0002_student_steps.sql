CREATE TABLE "career_fields" (
	"id" text PRIMARY KEY NOT NULL,
	"student_id" text NOT NULL,
	"name" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"notes_private" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"creation_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" text PRIMARY KEY NOT NULL,
	"student_id" text NOT NULL,
	"career_field_id" text,
	"name" text NOT NULL,
	"industry" text DEFAULT '' NOT NULL,
	"website" text,
	"why_interested" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"notes_private" boolean DEFAULT false NOT NULL,
	"priority" text DEFAULT 'medium' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"creation_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_priority_check" CHECK ("organizations"."priority" in ('high', 'medium', 'low')),
	CONSTRAINT "organizations_website_check" CHECK ("organizations"."website" is null or "organizations"."website" ~ '^https?://')
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" text PRIMARY KEY NOT NULL,
	"student_id" text NOT NULL,
	"name" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"organization_id" text,
	"email" text,
	"phone" text,
	"linkedin_url" text,
	"source" text DEFAULT 'other' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"notes_private" boolean DEFAULT false NOT NULL,
	"referred_by_contact_id" text,
	"referred_from_interview_id" text,
	"keep_in_touch_cadence" text DEFAULT 'off' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"creation_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contacts_source_check" CHECK ("contacts"."source" in ('alumni', 'family', 'friend', 'professor', 'former_employer', 'linkedin', 'event', 'referral', 'other')),
	CONSTRAINT "contacts_cadence_check" CHECK ("contacts"."keep_in_touch_cadence" in ('off', 'monthly', 'quarterly', 'semiannual')),
	CONSTRAINT "contacts_linkedin_check" CHECK ("contacts"."linkedin_url" is null or "contacts"."linkedin_url" ~ '^https://'),
	CONSTRAINT "contacts_not_self_referred_check" CHECK ("contacts"."referred_by_contact_id" is distinct from "contacts"."id")
);
--> statement-breakpoint
CREATE TABLE "outreach_attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"student_id" text NOT NULL,
	"contact_id" text NOT NULL,
	"sent_on" date NOT NULL,
	"channel" text NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"is_follow_up" boolean DEFAULT false NOT NULL,
	"reply" text DEFAULT 'none' NOT NULL,
	"replied_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"creation_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outreach_channel_check" CHECK ("outreach_attempts"."channel" in ('email', 'linkedin', 'phone', 'letter', 'introduction')),
	CONSTRAINT "outreach_reply_check" CHECK ("outreach_attempts"."reply" in ('none', 'replied', 'declined')),
	CONSTRAINT "outreach_replied_on_check" CHECK ("outreach_attempts"."replied_on" is null or "outreach_attempts"."replied_on" >= "outreach_attempts"."sent_on")
);
--> statement-breakpoint
CREATE TABLE "questions" (
	"id" text PRIMARY KEY NOT NULL,
	"student_id" text,
	"category" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questions_category_check" CHECK ("questions"."category" in ('trends', 'insights', 'advice', 'resources', 'assignments')),
	CONSTRAINT "questions_text_check" CHECK (length(trim("questions"."text")) > 0)
);
--> statement-breakpoint
CREATE TABLE "student_profiles" (
	"student_id" text PRIMARY KEY NOT NULL,
	"elevator_pitch" text DEFAULT '' NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interview_questions" (
	"interview_id" text NOT NULL,
	"question_id" text NOT NULL,
	"position" integer NOT NULL,
	"answer_notes" text DEFAULT '' NOT NULL,
	CONSTRAINT "interview_questions_interview_id_question_id_pk" PRIMARY KEY("interview_id","question_id"),
	CONSTRAINT "interview_questions_position_check" CHECK ("interview_questions"."position" >= 0)
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" text PRIMARY KEY NOT NULL,
	"student_id" text NOT NULL,
	"contact_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"format" text NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"duration_minutes" integer DEFAULT 30 NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"notes_private" boolean DEFAULT false NOT NULL,
	"takeaways" text DEFAULT '' NOT NULL,
	"permission_to_use_name" boolean,
	"version" integer DEFAULT 1 NOT NULL,
	"creation_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interviews_format_check" CHECK ("interviews"."format" in ('in_person', 'phone', 'video')),
	CONSTRAINT "interviews_status_check" CHECK ("interviews"."status" in ('scheduled', 'completed', 'cancelled', 'no_show')),
	CONSTRAINT "interviews_duration_check" CHECK ("interviews"."duration_minutes" between 5 and 240)
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" text PRIMARY KEY NOT NULL,
	"student_id" text NOT NULL,
	"contact_id" text NOT NULL,
	"interview_id" text,
	"kind" text NOT NULL,
	"sent_on" date NOT NULL,
	"channel" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"note_private" boolean DEFAULT false NOT NULL,
	"creation_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_ups_kind_check" CHECK ("follow_ups"."kind" in ('thank_you', 'update', 'touch')),
	CONSTRAINT "follow_ups_channel_check" CHECK ("follow_ups"."channel" in ('email', 'linkedin', 'phone', 'letter', 'in_person', 'other'))
);
--> statement-breakpoint
CREATE TABLE "journal_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"student_id" text NOT NULL,
	"entry_on" date NOT NULL,
	"learned" text DEFAULT '' NOT NULL,
	"next_steps" text DEFAULT '' NOT NULL,
	"creation_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "career_fields" ADD CONSTRAINT "career_fields_student_id_users_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_student_id_users_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_career_field_id_career_fields_id_fk" FOREIGN KEY ("career_field_id") REFERENCES "public"."career_fields"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_student_id_users_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_referred_by_contact_id_contacts_id_fk" FOREIGN KEY ("referred_by_contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_referred_from_interview_id_interviews_id_fk" FOREIGN KEY ("referred_from_interview_id") REFERENCES "public"."interviews"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_attempts" ADD CONSTRAINT "outreach_attempts_student_id_users_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_attempts" ADD CONSTRAINT "outreach_attempts_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_student_id_users_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_profiles" ADD CONSTRAINT "student_profiles_student_id_users_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_questions" ADD CONSTRAINT "interview_questions_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_questions" ADD CONSTRAINT "interview_questions_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_student_id_users_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_student_id_users_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_student_id_users_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "career_fields_student_name_idx" ON "career_fields" USING btree ("student_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "career_fields_creation_key_idx" ON "career_fields" USING btree ("student_id","creation_key") WHERE "career_fields"."creation_key" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_student_name_idx" ON "organizations" USING btree ("student_id",lower("name"));--> statement-breakpoint
CREATE INDEX "organizations_field_idx" ON "organizations" USING btree ("career_field_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_creation_key_idx" ON "organizations" USING btree ("student_id","creation_key") WHERE "organizations"."creation_key" is not null;--> statement-breakpoint
CREATE INDEX "contacts_student_name_idx" ON "contacts" USING btree ("student_id",lower("name"));--> statement-breakpoint
CREATE INDEX "contacts_student_email_idx" ON "contacts" USING btree ("student_id",lower("email"));--> statement-breakpoint
CREATE INDEX "contacts_organization_idx" ON "contacts" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "contacts_referred_by_idx" ON "contacts" USING btree ("referred_by_contact_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_creation_key_idx" ON "contacts" USING btree ("student_id","creation_key") WHERE "contacts"."creation_key" is not null;--> statement-breakpoint
CREATE INDEX "outreach_contact_idx" ON "outreach_attempts" USING btree ("contact_id","sent_on");--> statement-breakpoint
CREATE INDEX "outreach_student_idx" ON "outreach_attempts" USING btree ("student_id","sent_on");--> statement-breakpoint
CREATE UNIQUE INDEX "outreach_attempts_creation_key_idx" ON "outreach_attempts" USING btree ("student_id","creation_key") WHERE "outreach_attempts"."creation_key" is not null;--> statement-breakpoint
CREATE INDEX "questions_student_idx" ON "questions" USING btree ("student_id","category");--> statement-breakpoint
CREATE INDEX "interviews_contact_idx" ON "interviews" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "interviews_student_starts_idx" ON "interviews" USING btree ("student_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "interviews_creation_key_idx" ON "interviews" USING btree ("student_id","creation_key") WHERE "interviews"."creation_key" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "follow_ups_one_thank_you_idx" ON "follow_ups" USING btree ("interview_id") WHERE "follow_ups"."kind" = 'thank_you';--> statement-breakpoint
CREATE INDEX "follow_ups_contact_idx" ON "follow_ups" USING btree ("contact_id","sent_on");--> statement-breakpoint
CREATE INDEX "follow_ups_student_idx" ON "follow_ups" USING btree ("student_id","sent_on");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_ups_creation_key_idx" ON "follow_ups" USING btree ("student_id","creation_key") WHERE "follow_ups"."creation_key" is not null;--> statement-breakpoint
CREATE INDEX "journal_entries_student_idx" ON "journal_entries" USING btree ("student_id","entry_on");--> statement-breakpoint
CREATE UNIQUE INDEX "journal_entries_creation_key_idx" ON "journal_entries" USING btree ("student_id","creation_key") WHERE "journal_entries"."creation_key" is not null;