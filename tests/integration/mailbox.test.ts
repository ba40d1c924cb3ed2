import { describe, expect, it } from "vitest";
import { unsafeListMailbox, unsafeStoreInMailbox } from "@/lib/data/mailbox";
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
