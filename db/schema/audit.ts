import { sql } from "drizzle-orm";
import { bigserial, check, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { cohorts } from "./cohorts";
import { users, type Role } from "./users";

// Insert-only: a trigger (migration 0001) refuses UPDATE and DELETE. Foreign keys therefore RESTRICT:
// a person or cohort with audit history is deactivated or archived, never deleted.
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    actorId: text().references(() => users.id, { onDelete: "restrict" }),
    actorRole: text().$type<Role>(),
    action: text().notNull(),
    subjectUserId: text().references(() => users.id, { onDelete: "restrict" }),
    basisCohortId: text().references(() => cohorts.id, { onDelete: "restrict" }),
    requestId: text(),
    details: jsonb().$type<Record<string, unknown>>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      "audit_events_actor_role_check",
      sql`${t.actorRole} is null or ${t.actorRole} in ('student', 'advisor', 'admin')`,
    ),
    index("audit_events_subject_idx").on(t.subjectUserId, t.createdAt),
    index("audit_events_created_idx").on(t.createdAt),
  ],
);
