import type { RosterPreviewView, RosterResultView } from "@/app/_components/roster-import-view";
import { plural } from "@/lib/domain/plural";
import type { RosterImportResult, RosterPreview } from "@/lib/data/advisor/cohorts/roster";
import type { RosterStatus } from "@/lib/domain/roster";

// How an advisor's roster reads in <RosterImport>: new addresses are invited, students enrolled at once.

const STATUS_TEXT: Record<RosterStatus, string> = {
  invite: "Will be invited",
  enrol: "Has a student account: will be enrolled",
  "already-enrolled": "Already enrolled",
  "already-invited": "Already invited",
  "already-registered": "Already has an account: not added",
  "not-a-student": "Has an advisor or admin account: not added",
  inactive: "Account deactivated: not added",
  malformed: "Not a valid email address",
  "duplicate-in-file": "Already earlier in the list",
};

export function advisorRosterView(
  cohortId: string,
  preview: RosterPreview,
  source: string,
): RosterPreviewView {
  const { counts } = preview;
  const skipped = counts.malformed + counts["duplicate-in-file"];
  return {
    key: crypto.randomUUID(),
    summary:
      `From ${source}: ${counts.invite} to invite, ${counts.enrol} to enrol now, ` +
      `${counts["already-enrolled"]} already enrolled, ${counts["already-invited"]} already invited, ` +
      `${counts["not-a-student"] + counts.inactive} that can’t be added, ${skipped} malformed or repeated.`,
    caption: "What confirming will do with each row",
    rows: preview.rows.map((row) => ({
      line: row.line,
      shown: row.email === null ? row.raw : row.name ? `${row.name} <${row.email}>` : row.email,
      status: row.status,
      text: STATUS_TEXT[row.status],
    })),
    confirm:
      preview.actionable.length === 0
        ? null
        : {
            fields: { cohortId, emails: preview.confirmText },
            label: `Invite ${plural(counts.invite, "person", "people")} and enrol ${plural(counts.enrol, "student", "students")}`,
            offerMail: counts.invite > 0,
          },
    nothingToDo: "Nobody on this list needs adding.",
  };
}

export function advisorRosterResultView(result: RosterImportResult): RosterResultView {
  const parts = [
    `Invited ${plural(result.invited, "person", "people")}`,
    `enrolled ${plural(result.enrolled, "student", "students")}`,
  ];
  if (result.alreadyEnrolled) parts.push(`${result.alreadyEnrolled} already enrolled`);
  if (result.alreadyInvited) parts.push(`${result.alreadyInvited} already invited`);
  if (result.notAStudent + result.inactive)
    parts.push(`${result.notAStudent + result.inactive} not added (not a student account)`);
  const lines = [`${parts.join(", ")}.`];
  if (result.mailed + result.mailFailed > 0) {
    lines.push(
      `${plural(result.mailed, "invitation", "invitations")} emailed.` +
        (result.mailFailed > 0
          ? ` ${result.mailFailed} could not be sent: those people can still sign in with their address.`
          : ""),
    );
  }
  return { lines };
}
