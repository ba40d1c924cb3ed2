import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { instanceSettings, users } from "@/db/schema/index";
import { requirePermission } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import type { UpdateInstanceSettingsInput } from "@/lib/validation/instance-settings";

export type InstanceSettingsForm = {
  allowedEmailDomains: string[];
  /** Domains allowed by the server's ALLOWED_EMAIL_DOMAINS; shown, not editable here. */
  configuredDomains: string[];
  thankYouDueBusinessDays: number;
  thankYouOverdueDays: number;
  digestWeekday: number;
  archivedCohortRetentionDays: number | null;
  version: number;
  updatedAt: Date;
  updatedByName: string | null;
};

export type SettingsSave = { status: "saved"; version: number } | { status: "stale" };

/** The settings form's values, for an admin. */
export async function getInstanceSettings(): Promise<InstanceSettingsForm> {
  await requirePermission("settings:manage");
  const [row] = await getDb()
    .select({
      allowedEmailDomains: instanceSettings.allowedEmailDomains,
      thankYouDueBusinessDays: instanceSettings.thankYouDueBusinessDays,
      thankYouOverdueDays: instanceSettings.thankYouOverdueDays,
      digestWeekday: instanceSettings.digestWeekday,
      archivedCohortRetentionDays: instanceSettings.archivedCohortRetentionDays,
      version: instanceSettings.version,
      updatedAt: instanceSettings.updatedAt,
      updatedByName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
    })
    .from(instanceSettings)
    .leftJoin(users, eq(users.id, instanceSettings.updatedById))
    .where(eq(instanceSettings.id, true));
  if (!row) throw new Error("instance_settings has no row: run the migrations");
  return { ...row, configuredDomains: getEnv().ALLOWED_EMAIL_DOMAINS };
}

/** Saves the settings if nobody saved since `version` was read; otherwise changes nothing. */
export async function updateInstanceSettings(
  // The retention period is left as it is when a caller does not name it.
  input: Omit<UpdateInstanceSettingsInput, "archivedCohortRetentionDays"> &
    Partial<Pick<UpdateInstanceSettingsInput, "archivedCohortRetentionDays">>,
): Promise<SettingsSave> {
  const admin = await requirePermission("settings:manage");
  const [saved] = await getDb()
    .update(instanceSettings)
    .set({
      allowedEmailDomains: input.allowedEmailDomains,
      thankYouDueBusinessDays: input.thankYouDueBusinessDays,
      thankYouOverdueDays: input.thankYouOverdueDays,
      digestWeekday: input.digestWeekday,
      ...(input.archivedCohortRetentionDays === undefined
        ? {}
        : { archivedCohortRetentionDays: input.archivedCohortRetentionDays }),
      version: sql`${instanceSettings.version} + 1`,
      updatedAt: new Date(),
      updatedById: admin.id,
    })
    .where(and(eq(instanceSettings.id, true), eq(instanceSettings.version, input.version)))
    .returning({ version: instanceSettings.version });
  return saved ? { status: "saved", version: saved.version } : { status: "stale" };
}
