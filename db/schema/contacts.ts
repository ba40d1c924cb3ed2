import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, type AnyPgColumn } from "drizzle-orm/pg-core";
import { checkIn, creationKey, id, ownerId, timestamps, uniqueCreationKey, version } from "./columns";
import { interviews } from "./interviews";
import { organizations } from "./research";
import {
  CONTACT_SOURCES,
  KEEP_IN_TOUCH_CADENCES,
  type ContactSource,
  type KeepInTouchCadence,
} from "../../lib/domain/vocabulary";

export type { ContactSource, KeepInTouchCadence };

// Step 2: the people a student may interview. A referral links to the contact who referred them and the
// interview where it happened; deleting either keeps the person and forgets the link.
export const contacts = pgTable(
  "contacts",
  {
    id: id(),
    studentId: ownerId(),
    name: text().notNull(),
    title: text().notNull().default(""),
    organizationId: text().references(() => organizations.id, { onDelete: "set null" }),
    email: text(),
    phone: text(),
    linkedinUrl: text(),
    source: text().$type<ContactSource>().notNull().default("other"),
    notes: text().notNull().default(""),
    notesPrivate: boolean().notNull().default(false),
    referredByContactId: text().references((): AnyPgColumn => contacts.id, { onDelete: "set null" }),
    referredFromInterviewId: text().references((): AnyPgColumn => interviews.id, { onDelete: "set null" }),
    keepInTouchCadence: text().$type<KeepInTouchCadence>().notNull().default("off"),
    version: version(),
    creationKey: creationKey(),
    ...timestamps(),
  },
  (t) => [
    check("contacts_source_check", checkIn(t.source, CONTACT_SOURCES)),
    check("contacts_cadence_check", checkIn(t.keepInTouchCadence, KEEP_IN_TOUCH_CADENCES)),
    check("contacts_linkedin_check", sql`${t.linkedinUrl} is null or ${t.linkedinUrl} ~ '^https://'`),
    check("contacts_not_self_referred_check", sql`${t.referredByContactId} is distinct from ${t.id}`),
    index("contacts_student_name_idx").on(t.studentId, sql`lower(${t.name})`),
    index("contacts_student_email_idx").on(t.studentId, sql`lower(${t.email})`),
    index("contacts_organization_idx").on(t.organizationId),
    index("contacts_referred_by_idx").on(t.referredByContactId),
    uniqueCreationKey("contacts", t.studentId, t.creationKey),
  ],
);
