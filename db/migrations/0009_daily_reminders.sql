CREATE TABLE "reminder_deliveries" (
	"id" text PRIMARY KEY NOT NULL,
	"recipient_id" text NOT NULL,
	"on_date" date NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_deliveries_status_check" CHECK ("reminder_deliveries"."status" in ('pending', 'sending', 'sent', 'failed', 'skipped')),
	CONSTRAINT "reminder_deliveries_attempts_check" CHECK ("reminder_deliveries"."attempts" >= 0)
);
--> statement-breakpoint
ALTER TABLE "digest_preferences" ADD COLUMN "daily_reminder" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "reminder_deliveries" ADD CONSTRAINT "reminder_deliveries_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reminder_deliveries_recipient_date_idx" ON "reminder_deliveries" USING btree ("recipient_id","on_date");--> statement-breakpoint
CREATE INDEX "reminder_deliveries_status_next_attempt_idx" ON "reminder_deliveries" USING btree ("status","next_attempt_at");