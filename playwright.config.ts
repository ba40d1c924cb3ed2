import fs from "node:fs";
import { defineConfig } from "@playwright/test";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

// The app servers, database, SMTP sink and OIDC provider are started by e2e/setup/global-setup.ts (not
// `webServer`: the suite needs two app servers with different mail modes and ports picked at run time).
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  // No retries, locally or on CI: a flaky journey should show up as a failure.
  retries: 0,
  // Journeys now cross a dozen pages each, two workers sharing two cores with two app servers: 30 s was
  // exceeded by whole journeys under load, not by any one step (assertions keep their own 5 s).
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: "list",
  globalSetup: "./e2e/setup/global-setup.ts",
  globalTeardown: "./e2e/setup/global-teardown.ts",
  use: {
    browserName: "chromium",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
});
