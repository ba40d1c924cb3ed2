import type { Metadata } from "next";
import { Card } from "@/components/card";
import { getInstanceSettings } from "@/lib/data/admin/instance-settings";
import { formatUtcDateTime } from "../_components/labels";
import { RetentionPreviewCard } from "./_components/retention-preview";
import { SettingsForm } from "./_components/settings-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const settings = await getInstanceSettings();
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Settings</h1>
        <p className="mt-1 text-slate-600">
          Rules for this whole instance.
          {settings.updatedByName && (
            <>
              {" "}
              Last changed by {settings.updatedByName}, {formatUtcDateTime(settings.updatedAt)}.
            </>
          )}
        </p>
      </div>
      <Card>
        <SettingsForm
          initial={{
            allowedEmailDomains: settings.allowedEmailDomains.join("\n"),
            thankYouDueBusinessDays: String(settings.thankYouDueBusinessDays),
            thankYouOverdueDays: String(settings.thankYouOverdueDays),
            digestWeekday: String(settings.digestWeekday),
            archivedCohortRetentionDays:
              settings.archivedCohortRetentionDays === null
                ? ""
                : String(settings.archivedCohortRetentionDays),
          }}
          version={settings.version}
          configuredDomains={settings.configuredDomains}
        />
      </Card>
      <RetentionPreviewCard />
    </div>
  );
}
