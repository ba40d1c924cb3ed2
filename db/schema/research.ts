import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { checkIn, creationKey, id, ownerId, timestamps, uniqueCreationKey, version } from "./columns";
import { PRIORITIES, type Priority } from "../../lib/domain/vocabulary";

export type { Priority };

// Step 1: the fields a student is exploring and the organizations they target.
export const careerFields = pgTable(
  "career_fields",
  {
    id: id(),
    studentId: ownerId(),
    name: text().notNull(),
    notes: text().notNull().default(""),
    notesPrivate: boolean().notNull().default(false),
    version: version(),
    creationKey: creationKey(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("career_fields_student_name_idx").on(t.studentId, sql`lower(${t.name})`),
    uniqueCreationKey("career_fields", t.studentId, t.creationKey),
  ],
);

export const organizations = pgTable(
  "organizations",
  {
    id: id(),
    studentId: ownerId(),
    careerFieldId: text().references(() => careerFields.id, { onDelete: "set null" }),
    name: text().notNull(),
    industry: text().notNull().default(""),
    website: text(),
    whyInterested: text().notNull().default(""),
    notes: text().notNull().default(""),
    notesPrivate: boolean().notNull().default(false),
    priority: text().$type<Priority>().notNull().default("medium"),
    version: version(),
    creationKey: creationKey(),
    ...timestamps(),
  },
  (t) => [
    check("organizations_priority_check", checkIn(t.priority, PRIORITIES)),
    check("organizations_website_check", sql`${t.website} is null or ${t.website} ~ '^https?://'`),
    uniqueIndex("organizations_student_name_idx").on(t.studentId, sql`lower(${t.name})`),
    index("organizations_field_idx").on(t.careerFieldId),
    uniqueCreationKey("organizations", t.studentId, t.creationKey),
  ],
);
