ALTER TABLE "users" ADD COLUMN "pronouns" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "academic_year" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "major" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "expected_graduation" text;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_academic_year_check" CHECK ("users"."academic_year" is null or "users"."academic_year" in ('first-year', 'second-year', 'third-year', 'fourth-year', 'fifth-year-plus', 'graduate', 'alumni'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_expected_graduation_check" CHECK ("users"."expected_graduation" is null or "users"."expected_graduation" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$');