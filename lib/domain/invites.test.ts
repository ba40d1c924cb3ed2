import { describe, expect, it } from "vitest";
import { INVITE_LIFETIME_MS, inviteExpiresAt, inviteState, normaliseEmail } from "./invites";

const DAY = 86_400_000;
const now = new Date("2026-03-01T12:00:00Z");

describe("inviteState", () => {
  const open = { acceptedAt: null, revokedAt: null, expiresAt: new Date(now.getTime() + 1000) };

  it("is open only while unused and unexpired", () => {
    expect(inviteState(open, now)).toBe("open");
    expect(inviteState({ ...open, expiresAt: now }, now)).toBe("expired");
    expect(inviteState({ ...open, expiresAt: new Date(now.getTime() - DAY) }, now)).toBe("expired");
  });

  it("says accepted or revoked whatever the expiry", () => {
    expect(inviteState({ ...open, acceptedAt: now }, now)).toBe("accepted");
    expect(inviteState({ ...open, revokedAt: now }, now)).toBe("revoked");
    expect(inviteState({ ...open, revokedAt: now, expiresAt: new Date(0) }, now)).toBe("revoked");
  });
});

describe("inviteExpiresAt", () => {
  it("gives each source its own lifetime", () => {
    expect(inviteExpiresAt("admin", now).getTime() - now.getTime()).toBe(14 * DAY);
    expect(inviteExpiresAt("roster", now).getTime() - now.getTime()).toBe(30 * DAY);
    expect(inviteExpiresAt("join-link", now).getTime() - now.getTime()).toBe(DAY);
    expect(Object.keys(INVITE_LIFETIME_MS).sort()).toEqual(["admin", "join-link", "roster"]);
  });

  it("never outlasts `notAfter` (a join code about to end)", () => {
    const codeEnds = new Date(now.getTime() + 3_600_000);
    expect(inviteExpiresAt("join-link", now, codeEnds)).toEqual(codeEnds);
    const later = new Date(now.getTime() + 7 * DAY);
    expect(inviteExpiresAt("join-link", now, later).getTime() - now.getTime()).toBe(DAY);
  });
});

describe("normaliseEmail", () => {
  it("trims and lower-cases, so two spellings are one address", () => {
    expect(normaliseEmail("  Ada.Lovelace@Uni.EDU ")).toBe("ada.lovelace@uni.edu");
    expect(normaliseEmail("ada@uni.edu")).toBe(normaliseEmail("ADA@UNI.EDU"));
  });
});
