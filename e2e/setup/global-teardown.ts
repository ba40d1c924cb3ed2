import { runGlobalTeardown } from "./global-setup";

// Stops the app servers, the OIDC provider and the SMTP sink, drops the database, stops the embedded
// server and removes the run folder: whatever global-setup.ts started, in reverse order.
export default async function globalTeardown() {
  await runGlobalTeardown();
}
