import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { instanceSettings } from "@/db/schema/index";
import type { ThankYouRules } from "@/lib/domain/thank-you";

export type InstanceRules = {
  allowedEmailDomains: string[];
  thankYou: ThankYouRules;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  digestWeekday: number;
};

/**
 * The rules the instance runs by, for other lib/data modules (sign-in, due dates, digests). Unauthenticated
 * on purpose: it holds configuration, no one's records, and it is needed before anyone is signed in. It
 * imports nothing from lib/auth, so Auth.js's sign-in callback can read it without an import circle. Pages
 * read settings through `getInstanceSettings` (admin/instance-settings.ts), which checks the viewer.
 */
export async function loadInstanceSettings(): Promise<InstanceRules> {
  const [row] = await getDb()
    .select({
      allowedEmailDomains: instanceSettings.allowedEmailDomains,
      dueBusinessDays: instanceSettings.thankYouDueBusinessDays,
      overdueDays: instanceSettings.thankYouOverdueDays,
      digestWeekday: instanceSettings.digestWeekday,
    })
    .from(instanceSettings)
    .where(eq(instanceSettings.id, true));
  // Migration 0005 inserts the row and nothing deletes it; the defaults only cover a hand-edited database.
  return {
    allowedEmailDomains: row?.allowedEmailDomains ?? [],
    thankYou: thankYouRulesOf(row ?? {}),
    digestWeekday: row?.digestWeekday ?? 1,
  };
}

/** The thank-you rules from the settings row's two columns, for statements that read them with other things. */
export function thankYouRulesOf(row: {
  dueBusinessDays?: number | null;
  overdueDays?: number | null;
}): ThankYouRules {
  return { dueBusinessDays: row.dueBusinessDays ?? 1, overdueDays: row.overdueDays ?? 7 };
}
