import { describe, expect, it } from "vitest";
import { emailAddressSchema, signInRequestSchema } from "./sign-in";

describe("emailAddressSchema", () => {
  it.each(["student@uni.edu", "First.Last+tag@Mail.Uni.Example", "o'neil@dept.uni.ac.uk"])(
    "accepts %s",
    (address) => {
      expect(emailAddressSchema.safeParse(address).success).toBe(true);
    },
  );

  it("trims and lower-cases, so one person has one identity", () => {
    expect(emailAddressSchema.parse("  Ada.Lovelace@UNI.edu ")).toBe("ada.lovelace@uni.edu");
  });

  it.each([
    ["two addresses", "a@x.com,b@y.com"],
    ["two addresses with a semicolon", "a@x.com;b@y.com"],
    ["a quoted local part hiding another domain", '"a@evil"@uni.edu'],
    ["a full-width at sign", "a＠uni.edu"],
    ["CRLF header injection", "victim@uni.edu\r\nBcc: x@evil.example"],
    ["a display name", "Name <a@uni.edu>"],
    ["a comment", "a(comment)@uni.edu"],
    ["a space inside", "a b@uni.edu"],
    ["no domain dot", "a@localhost"],
    ["consecutive dots", "a..b@uni.edu"],
    ["non-ASCII letters", "jürgen@uni.edu"],
    ["an IP-literal domain", "a@[127.0.0.1]"],
    ["an empty string", ""],
  ])("rejects %s", (_label, address) => {
    const result = emailAddressSchema.safeParse(address);
    expect(result.success).toBe(false);
  });

  it("says what it wants in plain words", () => {
    const result = emailAddressSchema.safeParse("a@x.com,b@y.com");
    expect(result.success ? "" : result.error.issues[0]?.message).toMatch(/single email address/);
  });
});

describe("signInRequestSchema", () => {
  it("keeps the callback URL for later sanitising", () => {
    expect(signInRequestSchema.parse({ email: "a@uni.edu", callbackUrl: "/advisor" })).toEqual({
      email: "a@uni.edu",
      callbackUrl: "/advisor",
    });
  });
});
