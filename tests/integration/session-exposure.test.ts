import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/auth/[...nextauth]/route";
import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema/index";
import { getViewer } from "@/lib/auth/session";
import { setPersonActive } from "@/lib/data/admin/people";
import { SESSION_COOKIE, setRequestCookie } from "../setup/next-request";
import { createSession, signInAs } from "../factories/sessions";
import { createUser } from "../factories/users";

function sessionRequest(token: string) {
  return new NextRequest("http://localhost:3000/api/auth/session", {
    headers: { cookie: `${SESSION_COOKIE}=${token}` },
  });
}

async function sessionTokensOf(userId: string) {
  const rows = await getDb()
    .select({ token: sessions.sessionToken })
    .from(sessions)
    .where(eq(sessions.userId, userId));
  return rows.map((row) => row.token);
}

describe("GET /api/auth/session", () => {
  it("answers with who is signed in and nothing a script could replay", async () => {
    const student = await createUser({ name: "Sam Student" });
    const token = await createSession(student.id);
    const response = await GET(sessionRequest(token));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain(token);
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["expires", "user"]);
    expect(body.user).toEqual({
      id: student.id,
      name: "Sam Student",
      email: student.email,
      role: "student",
      active: true,
    });
  });

  it("answers nothing for a deactivated person whose session row is still there, and clears the cookie", async () => {
    const gone = await createUser({ active: false });
    const token = await createSession(gone.id);
    const response = await GET(sessionRequest(token));
    expect(await response.json()).toBeNull();
    const cleared = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(cleared).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    setRequestCookie(SESSION_COOKIE, token);
    expect(await getViewer()).toBeNull();
  });
});

describe("deactivating someone", () => {
  it("deletes their sessions, so reactivating them does not revive a session (stolen or not)", async () => {
    const admin = await createUser({ role: "admin" });
    const advisor = await createUser({ role: "advisor" });
    const stolen = await createSession(advisor.id);
    await createSession(advisor.id);
    const bystander = await createUser();
    const bystanderToken = await createSession(bystander.id);

    await signInAs(admin.id);
    expect(await setPersonActive({ userId: advisor.id, active: false })).toEqual({ status: "saved" });
    expect(await sessionTokensOf(advisor.id)).toEqual([]);
    expect(await sessionTokensOf(bystander.id)).toEqual([bystanderToken]);

    expect(await setPersonActive({ userId: advisor.id, active: true })).toEqual({ status: "saved" });
    const [row] = await getDb().select({ active: users.active }).from(users).where(eq(users.id, advisor.id));
    expect(row?.active).toBe(true);
    expect(await (await GET(sessionRequest(stolen))).json()).toBeNull();
  });
});
