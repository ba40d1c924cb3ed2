import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { sessions } from "@/db/schema/index";
import { auth } from "@/lib/auth/auth";
import { getViewer } from "@/lib/auth/session";
import { signInAs } from "../factories/sessions";
import { createUser } from "../factories/users";

// The fixtures other tests lean on: a session from signInAs reaches the real Auth.js through the
// next/headers mock, and each test starts signed out.

describe("test harness", () => {
  it("signInAs makes auth() and getViewer() see that user", async () => {
    const advisor = await createUser({ role: "advisor" });
    await signInAs(advisor.id);

    const session = await auth();
    expect(session?.user).toMatchObject({ id: advisor.id, email: advisor.email, role: "advisor" });
    // The session is the cookie's row: without that row nobody is signed in. (The token itself never
    // reaches the session object: /api/auth/session would hand it to any script on the page.)
    expect(session).not.toHaveProperty("sessionToken");
    expect(await getViewer()).toEqual({
      id: advisor.id,
      name: advisor.name,
      email: advisor.email,
      role: "advisor",
    });
  });

  it("signInAs signs in through the session row its cookie names", async () => {
    const student = await createUser({ role: "student" });
    const token = await signInAs(student.id);
    expect(await getViewer()).toMatchObject({ id: student.id });
    await getDb().delete(sessions).where(eq(sessions.sessionToken, token));
    expect(await auth()).toBeNull();
  });

  it("starts every test signed out", async () => {
    expect(await auth()).toBeNull();
    expect(await getViewer()).toBeNull();
  });

  it("runs against this file's own database", () => {
    expect(process.env.DATABASE_URL).toMatch(/\/fieldnotes_t\d+_[0-9a-f]+_f_[0-9a-f]+$/);
  });

  it("lets code call revalidatePath outside a request", () => {
    revalidatePath("/advisor");
    expect(revalidatePath).toHaveBeenCalledWith("/advisor");
  });
});
