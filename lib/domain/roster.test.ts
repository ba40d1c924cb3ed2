import { describe, expect, it } from "vitest";
import { actionableEmails, classifyRoster, countRosterStatuses, rosterStanding } from "./roster";
import { parseRosterCsv } from "./roster-csv";

const student = { role: "student" as const, active: true, enrolled: false };

describe("rosterStanding", () => {
  it("invites an address without an account, unless it already holds an open invite", () => {
    expect(rosterStanding(undefined, false, "invite-only")).toBe("invite");
    expect(rosterStanding(undefined, true, "invite-only")).toBe("already-invited");
    expect(rosterStanding(undefined, false, "invite-or-enrol")).toBe("invite");
    expect(rosterStanding(undefined, true, "invite-or-enrol")).toBe("already-invited");
  });

  it("leaves any account alone on an admin's roster", () => {
    expect(rosterStanding(student, false, "invite-only")).toBe("already-registered");
    expect(rosterStanding({ ...student, role: "admin" }, true, "invite-only")).toBe("already-registered");
  });

  it("enrols only active students who are not enrolled yet on an advisor's roster", () => {
    expect(rosterStanding(student, false, "invite-or-enrol")).toBe("enrol");
    expect(rosterStanding({ ...student, enrolled: true }, false, "invite-or-enrol")).toBe("already-enrolled");
    expect(rosterStanding({ ...student, active: false }, false, "invite-or-enrol")).toBe("inactive");
    expect(rosterStanding({ ...student, role: "advisor" }, false, "invite-or-enrol")).toBe("not-a-student");
  });
});

describe("classifyRoster", () => {
  const parsed = parseRosterCsv(
    "email\nnew@uni.edu\nNOT AN ADDRESS\nstudent@uni.edu\nnew@uni.edu\ninvited@uni.edu\n",
  );
  if (!parsed.ok) throw new Error(parsed.message);
  const accounts = new Map([["student@uni.edu", student]]);
  const invited = new Set(["invited@uni.edu"]);

  it("keeps the parser's malformed and repeated rows and classifies the rest", () => {
    const rows = classifyRoster(parsed.rows, accounts, invited, "invite-or-enrol");
    expect(rows.map((r) => [r.line, r.status, r.currentRole])).toEqual([
      [2, "invite", null],
      [3, "malformed", null],
      [4, "enrol", "student"],
      [5, "duplicate-in-file", null],
      [6, "already-invited", null],
    ]);
    expect(actionableEmails(rows)).toEqual(["new@uni.edu", "student@uni.edu"]);
    expect(countRosterStatuses(rows)).toMatchObject({
      invite: 1,
      enrol: 1,
      malformed: 1,
      "already-invited": 1,
    });
  });

  it("acts only on new addresses for an admin", () => {
    const rows = classifyRoster(parsed.rows, accounts, invited, "invite-only");
    expect(rows.find((r) => r.line === 4)?.status).toBe("already-registered");
    expect(actionableEmails(rows)).toEqual(["new@uni.edu"]);
  });
});
