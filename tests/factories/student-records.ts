import { getDb } from "@/db/client";
import {
  careerFields,
  contacts,
  followUps,
  interviews,
  organizations,
  outreachAttempts,
} from "@/db/schema/index";

// A student's records inserted directly, bypassing lib/data (and its checks): arrange, don't exercise.

let counter = 0;

export async function createCareerField(
  studentId: string,
  overrides: Partial<Omit<typeof careerFields.$inferInsert, "studentId">> = {},
) {
  counter += 1;
  const [row] = await getDb()
    .insert(careerFields)
    .values({ name: `Career field ${counter}`, ...overrides, studentId })
    .returning();
  return row!;
}

export async function createOrganization(
  studentId: string,
  overrides: Partial<Omit<typeof organizations.$inferInsert, "studentId">> = {},
) {
  counter += 1;
  const [row] = await getDb()
    .insert(organizations)
    .values({ name: `Organization ${counter}`, ...overrides, studentId })
    .returning();
  return row!;
}

export async function createContact(
  studentId: string,
  overrides: Partial<Omit<typeof contacts.$inferInsert, "studentId">> = {},
) {
  counter += 1;
  const [row] = await getDb()
    .insert(contacts)
    .values({ name: `Contact ${counter}`, ...overrides, studentId })
    .returning();
  return row!;
}

export async function createOutreachAttempt(
  studentId: string,
  contactId: string,
  overrides: Partial<Omit<typeof outreachAttempts.$inferInsert, "studentId" | "contactId">> = {},
) {
  const [row] = await getDb()
    .insert(outreachAttempts)
    .values({ sentOn: "2026-01-05", channel: "email", ...overrides, studentId, contactId })
    .returning();
  return row!;
}

export async function createInterview(
  studentId: string,
  contactId: string,
  overrides: Partial<Omit<typeof interviews.$inferInsert, "studentId" | "contactId">> = {},
) {
  const [row] = await getDb()
    .insert(interviews)
    .values({
      startsAt: new Date("2026-01-12T15:00:00Z"),
      timeZone: "America/New_York",
      format: "video",
      ...overrides,
      studentId,
      contactId,
    })
    .returning();
  return row!;
}

export async function createFollowUp(
  studentId: string,
  contactId: string,
  overrides: Partial<Omit<typeof followUps.$inferInsert, "studentId" | "contactId">> = {},
) {
  const [row] = await getDb()
    .insert(followUps)
    .values({ kind: "update", sentOn: "2026-01-20", channel: "email", ...overrides, studentId, contactId })
    .returning();
  return row!;
}
