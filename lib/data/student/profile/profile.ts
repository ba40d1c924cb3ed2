import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { studentProfiles, users } from "@/db/schema/index";
import { currentZoneName } from "@/lib/domain/time-zone-names";
import type { AcademicYear } from "@/lib/validation/form-options";
import type { ProfileInput, WelcomeInput } from "@/lib/validation/profile";
import { requireStudent } from "@/lib/data/student/scope";

export type MyProfile = {
  name: string;
  email: string;
  pronouns: string;
  academicYear: AcademicYear | "";
  major: string;
  expectedGraduation: string;
  /** The stored zone under its current name, or null when the student never chose one. */
  timeZone: string | null;
};

/** The signed-in student's profile, for the profile page and the first-sign-in step. */
export async function getMyProfile(): Promise<MyProfile> {
  const student = await requireStudent();
  const db = getDb();
  const [[user], [profile]] = await Promise.all([
    db
      .select({
        name: users.name,
        email: users.email,
        pronouns: users.pronouns,
        academicYear: users.academicYear,
        major: users.major,
        expectedGraduation: users.expectedGraduation,
      })
      .from(users)
      .where(eq(users.id, student.id)),
    db
      .select({ timeZone: studentProfiles.timeZone })
      .from(studentProfiles)
      .where(eq(studentProfiles.studentId, student.id)),
  ]);
  return {
    name: user?.name ?? "",
    email: user?.email ?? student.email,
    pronouns: user?.pronouns ?? "",
    academicYear: (user?.academicYear as AcademicYear | null) ?? "",
    major: user?.major ?? "",
    expectedGraduation: user?.expectedGraduation ?? "",
    timeZone: profile ? currentZoneName(profile.timeZone) : null,
  };
}

/** Name, pronouns and zone, from the step after a first sign-in. */
export async function saveMyWelcome(input: WelcomeInput): Promise<void> {
  await saveProfile({ name: input.name, pronouns: input.pronouns || null }, input.timeZone);
}

/** The whole profile. The name shows in templates, the advisor's views and mail from the next page on. */
export async function saveMyProfile(input: ProfileInput): Promise<void> {
  await saveProfile(
    {
      // Allow-list of columns: parsed input is never spread into the table.
      name: input.name,
      pronouns: input.pronouns || null,
      academicYear: input.academicYear || null,
      major: input.major || null,
      expectedGraduation: input.expectedGraduation || null,
    },
    input.timeZone,
  );
}

async function saveProfile(
  columns: Partial<
    Pick<typeof users.$inferInsert, "name" | "pronouns" | "academicYear" | "major" | "expectedGraduation">
  >,
  timeZone: string,
) {
  const student = await requireStudent();
  await getDb().transaction(async (tx) => {
    await tx
      .update(users)
      .set({ ...columns, updatedAt: new Date() })
      .where(eq(users.id, student.id));
    // The zone's row also holds the pitch, whose version only the pitch form moves on: a zone change
    // must not make a pitch form open in another tab stale.
    await tx
      .insert(studentProfiles)
      .values({ studentId: student.id, timeZone })
      .onConflictDoUpdate({
        target: studentProfiles.studentId,
        set: { timeZone, updatedAt: new Date() },
        setWhere: sql`${studentProfiles.timeZone} <> ${timeZone}`,
      });
  });
}
