import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

describe("clientIpFrom", () => {
  // A client forged "6.6.6.6"; our load balancer appended the address it really saw, then an inner proxy.
  const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" });

  it("takes the address our outermost trusted proxy saw, never a client-written entry", () => {
    expect(clientIpFrom(headers, 2)).toBe("203.0.113.9");
    expect(clientIpFrom(headers, 1)).toBe("10.0.0.2");
  });

  it("with more trusted hops than entries, takes the left-most rather than nothing", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "203.0.113.9" }), 3)).toBe("203.0.113.9");
  });

  it("without a trusted proxy, uses the entry Next itself would have written", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }), 0)).toBe("127.0.0.1");
  });

  it("falls back to X-Real-IP, then to nothing", () => {
    expect(clientIpFrom(new Headers({ "x-real-ip": "198.51.100.4" }), 0)).toBe("198.51.100.4");
    expect(clientIpFrom(new Headers(), 0)).toBeNull();
  });
});
