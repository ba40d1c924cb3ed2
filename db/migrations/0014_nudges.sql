CREATE TABLE "attention_handled" (
	"id" text PRIMARY KEY NOT NULL,
	"student_id" text NOT NULL,
	"cohort_id" text NOT NULL,
	"reason" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"handled_by_id" text,
	"handled_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attention_handled_reason_check" CHECK ("attention_handled"."reason" in ('inactive', 'thank-you-overdue', 'outreach-without-follow-up', 'behind-on-goal')),
	CONSTRAINT "attention_handled_note_check" CHECK (length("attention_handled"."note") <= 1000)
);
--> statement-breakpoint
CREATE TABLE "nudges" (
	"id" text PRIMARY KEY NOT NULL,
	"student_id" text NOT NULL,
	"cohort_id" text NOT NULL,
	"advisor_id" text,
	"reason" text NOT NULL,
	"body" text NOT NULL,
	"mail_status" text DEFAULT 'pending' NOT NULL,
	"creation_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nudges_reason_check" CHECK ("nudges"."reason" in ('inactive', 'thank-you-overdue', 'outreach-without-follow-up', 'behind-on-goal', 'check-in')),
	CONSTRAINT "nudges_mail_status_check" CHECK ("nudges"."mail_status" in ('pending', 'sent', 'failed')),
	CONSTRAINT "nudges_body_check" CHECK (length("nudges"."body") between 1 and 4000)
);
--> statement-breakpoint
ALTER TABLE "attention_handled" ADD CONSTRAINT "attention_handled_student_id_users_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attention_handled" ADD CONSTRAINT "attention_handled_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attention_handled" ADD CONSTRAINT "attention_handled_handled_by_id_users_id_fk" FOREIGN KEY ("handled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nudges" ADD CONSTRAINT "nudges_student_id_users_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nudges" ADD CONSTRAINT "nudges_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nudges" ADD CONSTRAINT "nudges_advisor_id_users_id_fk" FOREIGN KEY ("advisor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attention_handled_cohort_idx" ON "attention_handled" USING btree ("cohort_id","handled_at");--> statement-breakpoint
CREATE INDEX "attention_handled_student_idx" ON "attention_handled" USING btree ("student_id","handled_at");--> statement-breakpoint
CREATE INDEX "nudges_cohort_student_idx" ON "nudges" USING btree ("cohort_id","student_id","created_at");--> statement-breakpoint
CREATE INDEX "nudges_student_idx" ON "nudges" USING btree ("student_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "nudges_creation_key_idx" ON "nudges" USING btree ("advisor_id","student_id","creation_key") WHERE "nudges"."creation_key" is not null;