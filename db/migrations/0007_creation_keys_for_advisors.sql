ALTER TABLE "cohort_join_codes" ADD COLUMN "creation_key" text;--> statement-breakpoint
ALTER TABLE "advisor_comments" ADD COLUMN "creation_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "cohort_join_codes_creation_key_idx" ON "cohort_join_codes" USING btree ("cohort_id","created_by_id","creation_key") WHERE "cohort_join_codes"."creation_key" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "advisor_comments_creation_key_idx" ON "advisor_comments" USING btree ("student_id","author_id","creation_key") WHERE "advisor_comments"."creation_key" is not null;