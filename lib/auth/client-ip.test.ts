import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

describe("clientIpFrom", () => {
  const headers = new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.2, 127.0.0.1" });

  it("believes only the nearest hop without a trusted proxy (clients can forge the rest)", () => {
    expect(clientIpFrom(headers, false)).toBe("127.0.0.1");
  });

  it("takes the client entry behind a trusted proxy", () => {
    expect(clientIpFrom(headers, true)).toBe("203.0.113.9");
  });

  it("falls back to X-Real-IP, then to nothing", () => {
    expect(clientIpFrom(new Headers({ "x-real-ip": "198.51.100.4" }), false)).toBe("198.51.100.4");
    expect(clientIpFrom(new Headers(), false)).toBeNull();
  });
});
