CREATE TABLE "outcome_contacts" (
	"outcome_id" text NOT NULL,
	"contact_id" text NOT NULL,
	"student_id" text NOT NULL,
	CONSTRAINT "outcome_contacts_outcome_id_contact_id_pk" PRIMARY KEY("outcome_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "outcome_interviews" (
	"outcome_id" text NOT NULL,
	"interview_id" text NOT NULL,
	"student_id" text NOT NULL,
	CONSTRAINT "outcome_interviews_outcome_id_interview_id_pk" PRIMARY KEY("outcome_id","interview_id")
);
--> statement-breakpoint
CREATE TABLE "outcomes" (
	"id" text PRIMARY KEY NOT NULL,
	"student_id" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"occurred_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"note_private" boolean DEFAULT false NOT NULL,
	"recorded_by_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"creation_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcomes_id_student_key" UNIQUE("id","student_id"),
	CONSTRAINT "outcomes_kind_check" CHECK ("outcomes"."kind" in ('internship', 'job_offer', 'shadowing', 'project', 'other')),
	CONSTRAINT "outcomes_title_check" CHECK (length(trim("outcomes"."title")) between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "outcome_contacts" ADD CONSTRAINT "outcome_contacts_student_id_users_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_contacts" ADD CONSTRAINT "outcome_contacts_outcome_same_owner_fk" FOREIGN KEY ("outcome_id","student_id") REFERENCES "public"."outcomes"("id","student_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_contacts" ADD CONSTRAINT "outcome_contacts_contact_same_owner_fk" FOREIGN KEY ("contact_id","student_id") REFERENCES "public"."contacts"("id","student_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_interviews" ADD CONSTRAINT "outcome_interviews_student_id_users_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_interviews" ADD CONSTRAINT "outcome_interviews_outcome_same_owner_fk" FOREIGN KEY ("outcome_id","student_id") REFERENCES "public"."outcomes"("id","student_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_interviews" ADD CONSTRAINT "outcome_interviews_interview_same_owner_fk" FOREIGN KEY ("interview_id","student_id") REFERENCES "public"."interviews"("id","student_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_student_id_users_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outcome_contacts_contact_idx" ON "outcome_contacts" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "outcome_interviews_interview_idx" ON "outcome_interviews" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "outcomes_student_idx" ON "outcomes" USING btree ("student_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "outcomes_creation_key_idx" ON "outcomes" USING btree ("student_id","creation_key") WHERE "outcomes"."creation_key" is not null;