CREATE TABLE "cohort_goals" (
	"id" text PRIMARY KEY NOT NULL,
	"cohort_id" text NOT NULL,
	"metric" text NOT NULL,
	"target" integer NOT NULL,
	"due_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_goals_metric_check" CHECK ("cohort_goals"."metric" in ('contacts_identified', 'outreach_sent', 'interviews_completed', 'thank_yous_sent', 'thank_you_within_days')),
	CONSTRAINT "cohort_goals_target_check" CHECK ("cohort_goals"."target" between 1 and 1000),
	CONSTRAINT "cohort_goals_due_check" CHECK (("cohort_goals"."metric" = 'thank_you_within_days') = ("cohort_goals"."due_on" is null))
);
--> statement-breakpoint
CREATE TABLE "cohort_join_codes" (
	"id" text PRIMARY KEY NOT NULL,
	"cohort_id" text NOT NULL,
	"code" text NOT NULL,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "cohort_join_codes_code_unique" UNIQUE("code"),
	CONSTRAINT "cohort_join_codes_expiry_check" CHECK ("cohort_join_codes"."expires_at" > "cohort_join_codes"."created_at")
);
--> statement-breakpoint
CREATE TABLE "instance_settings" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"allowed_email_domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"thank_you_due_business_days" integer DEFAULT 1 NOT NULL,
	"thank_you_overdue_days" integer DEFAULT 7 NOT NULL,
	"digest_weekday" integer DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" text,
	CONSTRAINT "instance_settings_singleton_check" CHECK ("instance_settings"."id"),
	CONSTRAINT "instance_settings_thank_you_due_check" CHECK ("instance_settings"."thank_you_due_business_days" between 0 and 10),
	CONSTRAINT "instance_settings_thank_you_overdue_check" CHECK ("instance_settings"."thank_you_overdue_days" between 1 and 30),
	CONSTRAINT "instance_settings_digest_weekday_check" CHECK ("instance_settings"."digest_weekday" between 1 and 7)
);
--> statement-breakpoint
CREATE TABLE "advisor_comments" (
	"id" text PRIMARY KEY NOT NULL,
	"student_id" text NOT NULL,
	"interview_id" text,
	"author_id" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advisor_comments_body_check" CHECK (length("advisor_comments"."body") between 1 and 4000)
);
--> statement-breakpoint
ALTER TABLE "cohorts" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "cohorts" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "cohort_goals" ADD CONSTRAINT "cohort_goals_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_join_codes" ADD CONSTRAINT "cohort_join_codes_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_join_codes" ADD CONSTRAINT "cohort_join_codes_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instance_settings" ADD CONSTRAINT "instance_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisor_comments" ADD CONSTRAINT "advisor_comments_student_id_users_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisor_comments" ADD CONSTRAINT "advisor_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisor_comments" ADD CONSTRAINT "advisor_comments_interview_same_student_fk" FOREIGN KEY ("interview_id","student_id") REFERENCES "public"."interviews"("id","student_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cohort_goals_cohort_idx" ON "cohort_goals" USING btree ("cohort_id");--> statement-breakpoint
CREATE INDEX "cohort_join_codes_cohort_idx" ON "cohort_join_codes" USING btree ("cohort_id");--> statement-breakpoint
CREATE INDEX "advisor_comments_student_idx" ON "advisor_comments" USING btree ("student_id","created_at");--> statement-breakpoint
-- The settings row always exists, so readers never have to invent defaults of their own.
INSERT INTO "instance_settings" DEFAULT VALUES ON CONFLICT DO NOTHING;
