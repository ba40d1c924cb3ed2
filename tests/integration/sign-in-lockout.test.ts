import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { requestSignInLinkAction } from "@/app/(auth)/sign-in/actions";
import { POST } from "@/app/api/auth/[...nextauth]/route";
import { getDb } from "@/db/client";
import { mailboxMessages, sessions, verificationTokens } from "@/db/schema/index";
import { SIGN_IN_DEVICE_COOKIE, signInDeviceToken } from "@/lib/auth/sign-in-device";
import { SOCKET_ADDRESS_HEADER } from "@/lib/auth/socket-address";
import { initialActionState, type ActionState } from "@/lib/validation/action-state";
import { createUser, uniqueEmail } from "../factories/users";
import {
  nextHeadersMock,
  resetRequest,
  runAfterResponse,
  setRequestCookie,
  setRequestHeader,
} from "../setup/next-request";
import { expectRedirect } from "../support/next-errors";

const SECRET = process.env.AUTH_SECRET!;
const APP = "http://localhost:3000";

let clientCounter = 0;
/** A client address of its own for each call: the attacker rotates them freely. */
function freshClient() {
  clientCounter += 1;
  return `2001:db8::${clientCounter.toString(16)}:${Math.floor(Math.random() * 0xffff).toString(16)}`;
}

function form(email: string) {
  const data = new FormData();
  data.set("email", email);
  return data;
}

/** Submits the sign-in form as a request from `client`, carrying the device cookie when given. */
async function requestFrom(client: string, email: string, deviceCookie?: string) {
  resetRequest();
  setRequestHeader(SOCKET_ADDRESS_HEADER, client);
  if (deviceCookie) setRequestCookie(SIGN_IN_DEVICE_COOKIE, deviceCookie);
  try {
    return await requestSignInLinkAction(initialActionState, form(email));
  } catch (thrown) {
    // The neutral answer is a redirect to "check your email"; anything else is a real failure.
    await expectRedirect(Promise.reject(thrown), "/sign-in/check-email");
    return "check-email" as const;
  }
}

async function mailCount(address: string) {
  const rows = await getDb()
    .select({ id: mailboxMessages.id })
    .from(mailboxMessages)
    .where(eq(mailboxMessages.to, address));
  return rows.length;
}

/** The attacker: five requests from each of `clients` fresh addresses, every one for the victim's address. */
async function flood(email: string, clients: number) {
  const answers: (ActionState | "check-email")[] = [];
  for (let c = 0; c < clients; c++) {
    const client = freshClient();
    for (let i = 0; i < 5; i++) answers.push(await requestFrom(client, email));
  }
  await runAfterResponse();
  return answers;
}

describe("nobody can lock someone else out of sign-in", () => {
  it("requests from one other client leave the owner's own client untouched", async () => {
    const victim = await createUser();
    const attackerClient = freshClient();
    for (let i = 0; i < 5; i++) await requestFrom(attackerClient, victim.email);
    const refused = await requestFrom(attackerClient, victim.email);
    expect(refused).not.toBe("check-email");
    expect((refused as ActionState).formError).toMatch(/from this device/);

    // The owner, from a fresh page on their own client: a link, not a wait.
    expect(await requestFrom(freshClient(), victim.email)).toBe("check-email");
    await runAfterResponse();
    expect(await mailCount(victim.email)).toBe(6);
  });

  it("a flood from rotating clients caps the mail, says so without naming accounts, and never stops a remembered device", async () => {
    const victim = await createUser();
    const answers = await flood(victim.email, 3);
    // Ten links went out (the per-address cap); the rest were refused without mail.
    expect(answers.filter((a) => a === "check-email")).toHaveLength(10);
    expect(await mailCount(victim.email)).toBe(10);

    // On a device that never signed in here, the owner is told why and where the links are.
    const onNewDevice = await requestFrom(freshClient(), victim.email);
    const message = (onNewDevice as ActionState).formError;
    expect(message).toMatch(/use the newest link in its inbox/);
    expect(message).not.toMatch(/from this device/);

    // An address without an account, flooded alike, gets word for word the same answer.
    const stranger = uniqueEmail("stranger");
    await flood(stranger, 3);
    expect(((await requestFrom(freshClient(), stranger)) as ActionState).formError).toBe(message);
    expect(await mailCount(stranger)).toBe(0);

    // On the owner's own device (it signed in before), a link is sent whatever the flood.
    const device = signInDeviceToken(victim.email, SECRET);
    expect(await requestFrom(freshClient(), victim.email, device)).toBe("check-email");
    await runAfterResponse();
    expect(await mailCount(victim.email)).toBe(11);

    // The cookie is bound to its address: it opens no other address's cap.
    const other = await createUser();
    await flood(other.email, 2);
    expect(await requestFrom(freshClient(), other.email, device)).not.toBe("check-email");
  });

  it("signing in with an email link remembers the device for that address", async () => {
    const user = await createUser();
    const token = `t${Date.now()}${Math.random().toString(36).slice(2)}`;
    await getDb()
      .insert(verificationTokens)
      .values({
        identifier: user.email,
        token: createHash("sha256").update(`${token}${SECRET}`).digest("hex"),
        expires: new Date(Date.now() + 10 * 60_000),
      });
    const csrf = "c".repeat(64);
    const csrfHash = createHash("sha256").update(`${csrf}${SECRET}`).digest("hex");
    resetRequest();
    const url = `${APP}/api/auth/callback/email?${new URLSearchParams({ token, email: user.email, callbackUrl: "/home" })}`;
    const response = await POST(
      new NextRequest(url, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: APP,
          cookie: `authjs.csrf-token=${encodeURIComponent(`${csrf}|${csrfHash}`)}`,
        },
        body: new URLSearchParams({ csrfToken: csrf }),
      }),
    );
    expect(response.status).toBe(302);
    expect(await getDb().select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(1);
    const jar = await nextHeadersMock.cookies();
    expect(jar.get(SIGN_IN_DEVICE_COOKIE)?.value).toBe(signInDeviceToken(user.email, SECRET));
  });
});
