import { revalidatePath } from "next/cache";
import { describe, expect, it } from "vitest";
import { auth } from "@/lib/auth/auth";
import { getViewer } from "@/lib/auth/session";
import { signInAs } from "../factories/sessions";
import { createUser } from "../factories/users";

// The fixtures other tests lean on: a session from signInAs reaches the real Auth.js through the
// next/headers mock, and each test starts signed out.

describe("test harness", () => {
  it("signInAs makes auth() and getViewer() see that user", async () => {
    const advisor = await createUser({ role: "advisor" });
    const token = await signInAs(advisor.id);

    const session = await auth();
    expect(session?.user).toMatchObject({ id: advisor.id, email: advisor.email, role: "advisor" });
    expect(session).toMatchObject({ sessionToken: token });
    expect(await getViewer()).toEqual({
      id: advisor.id,
      name: advisor.name,
      email: advisor.email,
      role: "advisor",
    });
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
