import { randomBytes } from "node:crypto";
import { getDb } from "@/db/client";
import { users, type Role } from "@/db/schema/users";

let counter = 0;

/** Unique across calls, files and runs: a counter for readability, random bytes for uniqueness. */
export function uniqueEmail(label = "user") {
  counter += 1;
  return `${label}-${counter}-${randomBytes(4).toString("hex")}@example.test`;
}

export type UserOverrides = { role?: Role; email?: string; name?: string; active?: boolean };

/** Inserts a user directly. `email` is stored exactly as given (the data layer lower-cases; this does not). */
export async function createUser(overrides: UserOverrides = {}) {
  const role = overrides.role ?? "student";
  const email = overrides.email ?? uniqueEmail(role);
  const [user] = await getDb()
    .insert(users)
    .values({
      email,
      role,
      name: overrides.name ?? `Test ${role} ${counter}`,
      active: overrides.active ?? true,
      emailVerified: new Date(),
    })
    .returning();
  return user!;
}
