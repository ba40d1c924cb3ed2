import type { RosterPreviewView, RosterResultView } from "@/app/_components/roster-import-view";
import { plural } from "@/lib/domain/plural";
import type { RosterInviteResult, RosterPreviewStatus } from "@/lib/data/admin/invites";
import { ROLE_LABEL } from "../_components/labels";
import type { RosterPreview } from "./form-states";

// How an admin's roster reads in <RosterImport>: it only invites, everyone with the chosen role.

const STATUS_TEXT: Record<RosterPreviewStatus, string> = {
  invite: "Will be invited",
  "already-invited": "Already invited: the invite is renewed",
  "already-registered": "Already has an account: not invited",
  malformed: "Not a valid email address",
  "duplicate-in-file": "Already earlier in the file",
};

export function adminRosterView(preview: Omit<RosterPreview, "view">): RosterPreviewView {
  const count = (status: RosterPreviewStatus) => preview.rows.filter((r) => r.status === status).length;
  const invitable = preview.rows.filter((r) => r.status === "invite" || r.status === "already-invited");
  return {
    key: crypto.randomUUID(),
    summary:
      `${preview.fileName}: ${count("invite")} to invite, ${count("already-invited")} already invited, ` +
      `${count("already-registered")} with an account, ${count("malformed")} not valid, ` +
      `${count("duplicate-in-file")} repeated. Everyone is invited as ${ROLE_LABEL[preview.role].toLowerCase()}` +
      `${preview.cohortName ? ` into ${preview.cohortName}` : ""}.`,
    caption: `Addresses found in ${preview.fileName}`,
    rows: preview.rows.map((row) => ({
      line: row.line,
      shown: row.name ? `${row.name} <${row.email}>` : row.email,
      status: row.status,
      text:
        STATUS_TEXT[row.status] + (row.currentRole ? ` (${ROLE_LABEL[row.currentRole].toLowerCase()})` : ""),
    })),
    confirm:
      invitable.length === 0
        ? null
        : {
            fields: {
              role: preview.role,
              cohortId: preview.cohortId ?? "",
              emails: JSON.stringify(invitable.map((r) => r.email)),
              names: JSON.stringify(
                Object.fromEntries(invitable.flatMap((r) => (r.name ? [[r.email, r.name]] : []))),
              ),
            },
            label: `Invite ${plural(invitable.length, "person", "people")}`,
            offerMail: false,
          },
    nothingToDo: "Nobody to invite.",
  };
}

export function adminRosterResultView(result: RosterInviteResult): RosterResultView {
  const { invited, renewed, alreadyRegistered, invalid } = result;
  const parts = [`Invited ${plural(invited, "person", "people")}`];
  if (renewed) parts.push(`renewed ${renewed} open ${renewed === 1 ? "invite" : "invites"}`);
  if (alreadyRegistered) parts.push(`skipped ${alreadyRegistered} with an account`);
  if (invalid) parts.push(`skipped ${invalid} invalid ${invalid === 1 ? "address" : "addresses"}`);
  return { lines: [`${parts.join(", ")}.`], link: { href: "/admin/invites", label: "See pending invites" } };
}
