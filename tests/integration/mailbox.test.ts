import { describe, expect, it } from "vitest";
import { unsafeListMailbox, unsafeListMailboxRecipients, unsafeStoreInMailbox } from "@/lib/data/mailbox";
import { resetEnvCacheForTests } from "@/lib/env";
import { expectNotFound } from "../support/next-errors";

describe("the local mailbox", () => {
  it("shows stored mail, newest first, in mailbox mode", async () => {
    await unsafeStoreInMailbox({ to: "first@example.test", subject: "First", text: "one" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await unsafeStoreInMailbox({ to: "second@example.test", subject: "Second", text: "two" });
    const messages = await unsafeListMailbox();
    expect(messages.slice(0, 2).map((m) => m.subject)).toEqual(["Second", "First"]);
  });

  it("does not exist when mail goes through SMTP", async () => {
    process.env.MAIL_MODE = "smtp";
    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    resetEnvCacheForTests();
    try {
      await expectNotFound(unsafeListMailbox());
    } finally {
      process.env.MAIL_MODE = "mailbox";
      delete process.env.SMTP_URL;
      resetEnvCacheForTests();
    }
  });
});

describe("the local mailbox, one recipient at a time", () => {
  it("keeps only the mail to that address, whatever its case, and lists who has mail", async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    const ana = `ana-${tag}@example.test`;
    const ben = `ben-${tag}@example.test`;
    await unsafeStoreInMailbox({ to: ana, subject: "For Ana", text: "a", html: "<p>a</p>" });
    await unsafeStoreInMailbox({ to: ben, subject: "For Ben", text: "b" });
    const forAna = await unsafeListMailbox({ to: ana.toUpperCase() });
    expect(forAna.map((m) => [m.to, m.subject, m.html])).toEqual([[ana, "For Ana", "<p>a</p>"]]);
    expect((await unsafeListMailbox({ to: `  ${ben} ` })).map((m) => m.subject)).toEqual(["For Ben"]);
    expect(await unsafeListMailbox({ to: `nobody-${tag}@example.test` })).toEqual([]);
    const recipients = await unsafeListMailboxRecipients();
    expect(recipients.indexOf(ben)).toBeGreaterThanOrEqual(0);
    expect(recipients.indexOf(ben)).toBeLessThan(recipients.indexOf(ana));
  });
});
