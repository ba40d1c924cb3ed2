CREATE TABLE "digest_deliveries" (
	"id" text PRIMARY KEY NOT NULL,
	"recipient_id" text NOT NULL,
	"kind" text NOT NULL,
	"week_start" date NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digest_deliveries_kind_check" CHECK ("digest_deliveries"."kind" in ('student', 'advisor')),
	CONSTRAINT "digest_deliveries_status_check" CHECK ("digest_deliveries"."status" in ('pending', 'sending', 'sent', 'failed', 'skipped')),
	CONSTRAINT "digest_deliveries_attempts_check" CHECK ("digest_deliveries"."attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "digest_preferences" (
	"user_id" text PRIMARY KEY NOT NULL,
	"student_digest" boolean DEFAULT true NOT NULL,
	"advisor_digest" boolean DEFAULT true NOT NULL,
	"weekday" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digest_preferences_weekday_check" CHECK ("digest_preferences"."weekday" is null or "digest_preferences"."weekday" between 1 and 7)
);
--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD CONSTRAINT "digest_deliveries_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_preferences" ADD CONSTRAINT "digest_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "digest_deliveries_recipient_kind_week_idx" ON "digest_deliveries" USING btree ("recipient_id","kind","week_start");--> statement-breakpoint
CREATE INDEX "digest_deliveries_status_next_attempt_idx" ON "digest_deliveries" USING btree ("status","next_attempt_at");