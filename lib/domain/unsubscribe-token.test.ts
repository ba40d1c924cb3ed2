import { describe, expect, it } from "vitest";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";

const SECRET = "s".repeat(40);

describe("unsubscribe tokens", () => {
  it("round-trips who and which digest", () => {
    const token = signUnsubscribeToken({ userId: "u-1", kind: "advisor" }, SECRET);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyUnsubscribeToken(token, SECRET)).toEqual({ userId: "u-1", kind: "advisor" });
  });

  it("refuses a tampered payload, a tampered signature, another secret and junk", () => {
    const token = signUnsubscribeToken({ userId: "u-1", kind: "student" }, SECRET);
    const [payload, signature] = token.split(".") as [string, string];
    const otherPayload = Buffer.from("student:u-2").toString("base64url");
    expect(verifyUnsubscribeToken(`${otherPayload}.${signature}`, SECRET)).toBeNull();
    const flipped = signature.slice(0, -1) + (signature.endsWith("A") ? "B" : "A");
    expect(verifyUnsubscribeToken(`${payload}.${flipped}`, SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(token, "t".repeat(40))).toBeNull();
    for (const junk of ["", ".", "abc", `${payload}.`, `${token}.x`]) {
      expect(verifyUnsubscribeToken(junk, SECRET)).toBeNull();
    }
  });

  it("refuses every other spelling of a valid token: only the canonical encoding is accepted", () => {
    const token = signUnsubscribeToken({ userId: "u-1", kind: "student" }, SECRET);
    const [payload, signature] = token.split(".") as [string, string];
    // A 32-byte MAC is 43 base64url characters: the last one carries 2 spare bits that decoding drops.
    const last = signature.at(-1)!;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const sameBits = alphabet[alphabet.indexOf(last) ^ 1]!;
    const respelled = `${signature.slice(0, -1)}${sameBits}`;
    expect(Buffer.from(respelled, "base64url")).toEqual(Buffer.from(signature, "base64url"));
    expect(verifyUnsubscribeToken(`${payload}.${respelled}`, SECRET)).toBeNull();
    for (const variant of [
      `${payload}.${signature}=`,
      `${payload}.${signature}A`,
      `${payload}.${signature}!`,
      `${payload}=.${signature}`,
      `${payload}!.${signature}`,
    ]) {
      expect(verifyUnsubscribeToken(variant, SECRET)).toBeNull();
    }
  });

  it("refuses a validly signed token for an unknown kind", () => {
    const forged = signUnsubscribeToken({ userId: "u-1", kind: "admin" as never }, SECRET);
    expect(verifyUnsubscribeToken(forged, SECRET)).toBeNull();
  });
});
