import { randomBytes } from "node:crypto";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { inArray } from "drizzle-orm";
import getPort from "get-port";
import {
  cohortAdvisors,
  cohorts,
  cohortStudents,
  contacts,
  interviews,
  mailboxMessages,
} from "../db/schema/index";
import { startAppServer, type AppServer } from "./setup/app-servers";
import { expect, test, uniqueEmail } from "./fixtures";
import {
  BACKEND_HEADER,
  CLIENT_IP_HEADER,
  SERVED_BY_HEADER,
  startLoadBalancer,
} from "./support/load-balancer";
import type { LoadBalancer } from "./support/load-balancer";
import { signInThroughMailbox } from "./support/sign-in";

// App servers share nothing but PostgreSQL. Two more `next start` servers from the suite's build, on the
// suite's database, behind a load balancer whose address is their APP_URL, the way production runs them.
test.describe.configure({ mode: "serial" });

const PER_IP_LIMIT = 3;
const cronSecret = randomBytes(24).toString("hex");
let balancer: LoadBalancer;
const servers: AppServer[] = [];

test.beforeAll(async ({ runInfo }) => {
  test.setTimeout(120_000);
  const [portC, portD] = [await getPort(), await getPort()];
  const backends = { C: `http://localhost:${portC}`, D: `http://localhost:${portD}` };
  balancer = await startLoadBalancer(backends);
  const env = {
    DATABASE_URL: runInfo.databaseUrl,
    APP_URL: balancer.url,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    MAIL_MODE: "mailbox",
    CRON_SECRET: cronSecret,
    DB_POOL_MAX: "3",
    // The balancer appends the client's address; the app reads it from there, one hop from the right.
    TRUSTED_PROXY_HOPS: "1",
    SIGN_IN_LIMIT_PER_IP: String(PER_IP_LIMIT),
    ...(process.env.DB_PREPARE ? { DB_PREPARE: process.env.DB_PREPARE } : {}),
  };
  const logDir = path.join(test.info().project.outputDir, "scale-out-logs");
  const started = await Promise.allSettled(
    Object.entries({ C: portC, D: portD }).map(([name, port]) =>
      startAppServer({ name, port, env, logFile: path.join(logDir, `app-${name}.log`) }),
    ),
  );
  for (const result of started) if (result.status === "fulfilled") servers.push(result.value);
  for (const result of started) if (result.status === "rejected") throw result.reason;
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await balancer?.stop();
});

async function behindBalancer(context: BrowserContext, backend: "C" | "D", clientIp = "198.51.100.7") {
  await context.setExtraHTTPHeaders({ [BACKEND_HEADER]: backend, [CLIENT_IP_HEADER]: clientIp });
}

async function servedBy(page: Page, pathname: string) {
  const response = await page.goto(`${balancer.url}${pathname}`);
  return response?.headers()[SERVED_BY_HEADER];
}

test("a session started on one server is valid on the other", async ({ browser, createUser }) => {
  const student = await createUser({ role: "student" });
  const context = await browser.newContext({ baseURL: balancer.url });
  const page = await context.newPage();

  await behindBalancer(context, "C");
  await signInThroughMailbox(page, student.email);
  await expect(page).toHaveURL(/\/home$/);

  await behindBalancer(context, "D");
  expect(await servedBy(page, "/home")).toBe("D");
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await context.close();
});

test("a form rendered by one server is accepted by the other", async ({ browser, loginAs }) => {
  const context = await browser.newContext({ baseURL: balancer.url });
  await loginAs("student", context);
  const page = await context.newPage();

  await behindBalancer(context, "C");
  expect(await servedBy(page, "/research")).toBe("C");
  const addField = page.getByRole("region", { name: "Add a career field" });
  const fieldName = `Urban planning ${randomBytes(2).toString("hex")}`;
  await addField.getByLabel("Name").fill(fieldName);

  // The action's id and its encrypted closure come from C's render; D must run it.
  await behindBalancer(context, "D");
  const submitted = page.waitForResponse(
    (response) => response.request().method() === "POST" && response.url().includes("/research"),
  );
  await addField.getByRole("button", { name: "Add career field" }).click();
  expect((await submitted).headers()[SERVED_BY_HEADER]).toBe("D");
  await expect(page.getByText(fieldName).first()).toBeVisible();
  await page.reload();
  await expect(page.getByText(fieldName).first()).toBeVisible();
  await context.close();
});

test("a write through one server shows at once on the other's dashboard, which keeps a model in memory", async ({
  browser,
  createUser,
  db,
  loginAs,
}) => {
  const student = await createUser({ role: "student" });
  const advisor = await createUser({ role: "advisor" });
  const [cohort] = await db
    .insert(cohorts)
    .values({
      name: `Kept cohort ${randomBytes(3).toString("hex")}`,
      term: "Fall 2026",
      startsOn: "2026-09-01",
      endsOn: "2027-01-31",
    })
    .returning({ id: cohorts.id });
  await db.insert(cohortAdvisors).values({ cohortId: cohort!.id, advisorId: advisor.id });
  await db.insert(cohortStudents).values({ cohortId: cohort!.id, studentId: student.id });

  const advisorContext = await browser.newContext({ baseURL: balancer.url });
  await loginAs(advisor, advisorContext);
  await behindBalancer(advisorContext, "D");
  const dashboard = await advisorContext.newPage();
  const row = dashboard
    .getByRole("row")
    .filter({ has: dashboard.getByRole("link", { name: student.name! }) });
  // Twice, so D holds the cohort's model before the write.
  for (let i = 0; i < 2; i++) {
    expect(await servedBy(dashboard, `/advisor/cohorts/${cohort!.id}`)).toBe("D");
    await expect(row).toContainText("Never");
  }

  const studentContext = await browser.newContext({ baseURL: balancer.url });
  await loginAs(student, studentContext);
  await behindBalancer(studentContext, "C");
  const research = await studentContext.newPage();
  expect(await servedBy(research, "/research")).toBe("C");
  const addField = research.getByRole("region", { name: "Add a career field" });
  await addField.getByLabel("Name").fill("Urban planning");
  await addField.getByRole("button", { name: "Add career field" }).click();
  await expect(research.getByText("Urban planning").first()).toBeVisible();

  expect(await servedBy(dashboard, `/advisor/cohorts/${cohort!.id}`)).toBe("D");
  await expect(row).toContainText("(today)");
  await expect(row).not.toContainText("Never");
  await Promise.all([advisorContext.close(), studentContext.close()]);
});

test("a write through one server shows at once on the other's home, which keeps the agenda's rows", async ({
  browser,
  createUser,
  loginAs,
}) => {
  const student = await createUser({ role: "student" });
  const context = await browser.newContext({ baseURL: balancer.url });
  await loginAs(student, context);
  const home = await context.newPage();
  const pipeline = home.getByRole("region", { name: "Your pipeline" });
  // Twice, so D holds the student's rows before the write.
  await behindBalancer(context, "D");
  for (let i = 0; i < 2; i++) {
    expect(await servedBy(home, "/home")).toBe("D");
    await expect(pipeline).not.toContainText("Ana Ortiz");
  }

  await behindBalancer(context, "C");
  const contactForm = await context.newPage();
  expect(await servedBy(contactForm, "/contacts/new")).toBe("C");
  await contactForm.getByLabel("Name", { exact: true }).fill("Ana Ortiz");
  await contactForm.getByRole("button", { name: "Add contact" }).click();
  await expect(contactForm.getByRole("heading", { level: 1 })).toHaveText("Ana Ortiz");

  await behindBalancer(context, "D");
  expect(await servedBy(home, "/home")).toBe("D");
  await expect(pipeline).toContainText("Ana Ortiz");
  await context.close();
});

test("sign-in limits count requests on every server together", async ({ browser, createUser }) => {
  // One client, alternating servers: the limit falls after PER_IP_LIMIT requests in all, not per server.
  const clientIp = `203.0.113.${1 + Math.floor(Math.random() * 250)}`;
  const context = await browser.newContext({ baseURL: balancer.url });
  const page = await context.newPage();
  const ask = async (backend: "C" | "D") => {
    await behindBalancer(context, backend, clientIp);
    const { email } = await createUser({ role: "student", email: uniqueEmail("limit") });
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  };
  for (let request = 0; request < PER_IP_LIMIT; request++) {
    await ask(request % 2 === 0 ? "C" : "D");
    await expect(page).toHaveURL(/\/sign-in\/check-email$/);
  }
  await ask(PER_IP_LIMIT % 2 === 0 ? "C" : "D");
  await expect(page.getByText(/Too many sign-in requests/)).toBeVisible();
  await context.close();
});

test("the digest job run on both servers at once sends each digest once", async ({
  createUser,
  db,
  request,
}) => {
  const students = await Promise.all([1, 2, 3].map(() => createUser({ role: "student" })));
  const [cohort] = await db
    .insert(cohorts)
    .values({
      name: `Scale-out cohort ${randomBytes(3).toString("hex")}`,
      term: "Fall 2026",
      startsOn: "2026-09-01",
      endsOn: "2027-01-31",
    })
    .returning({ id: cohorts.id });
  for (const student of students) {
    await db.insert(cohortStudents).values({ cohortId: cohort!.id, studentId: student.id });
    const [contact] = await db
      .insert(contacts)
      .values({ studentId: student.id, name: "Ravi Menon" })
      .returning({ id: contacts.id });
    // Held three days ago, no thank-you yet: each student has something due, so each gets a digest.
    await db.insert(interviews).values({
      studentId: student.id,
      contactId: contact!.id,
      startsAt: new Date(Date.now() - 3 * 86_400_000),
      timeZone: "UTC",
      format: "video",
      status: "completed",
    });
  }

  const runs = servers.flatMap((server) =>
    [1, 2].map(() =>
      request.post(`${server.url}/api/cron/digests`, {
        headers: { Authorization: `Bearer ${cronSecret}` },
        timeout: 60_000,
      }),
    ),
  );
  for (const response of await Promise.all(runs)) expect(response.status()).toBe(200);

  // Awaited, not read once: a job run from another spec may hold one of these (SKIP LOCKED) and still be sending.
  const recipients = async () =>
    (
      await db
        .select({ to: mailboxMessages.to })
        .from(mailboxMessages)
        .where(
          inArray(
            mailboxMessages.to,
            students.map((student) => student.email),
          ),
        )
    )
      .map((message) => message.to)
      .sort();
  await expect.poll(recipients, { timeout: 15_000 }).toEqual(students.map((student) => student.email).sort());
});
