import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";
import { installSocketAddressHeader, SOCKET_ADDRESS_HEADER } from "./socket-address";

describe("clientIpFrom", () => {
  // A client forged "6.6.6.6"; our load balancer appended the address it really saw, then an inner proxy.
  const forwarded = "6.6.6.6, 203.0.113.9, 10.0.0.2";

  it("with N trusted proxies takes the N-th entry from the right, never a client-written one", () => {
    const headers = new Headers({ "x-forwarded-for": forwarded, [SOCKET_ADDRESS_HEADER]: "10.0.0.3" });
    expect(clientIpFrom(headers, 2)).toBe("203.0.113.9");
    expect(clientIpFrom(headers, 1)).toBe("10.0.0.2");
  });

  it("with more trusted hops than entries, takes the left-most rather than nothing", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "203.0.113.9" }), 3)).toBe("203.0.113.9");
  });

  it("with no trusted proxy uses the socket address and ignores X-Forwarded-For and X-Real-IP", () => {
    const headers = new Headers({
      "x-forwarded-for": "6.6.6.6",
      "x-real-ip": "7.7.7.7",
      [SOCKET_ADDRESS_HEADER]: "::ffff:198.51.100.4",
    });
    expect(clientIpFrom(headers, 0)).toBe("198.51.100.4");
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "6.6.6.6", "x-real-ip": "7.7.7.7" }), 0)).toBeNull();
  });

  it("gives nothing rather than a guess when the header it trusts is missing", () => {
    expect(clientIpFrom(new Headers({ [SOCKET_ADDRESS_HEADER]: "10.0.0.3" }), 1)).toBeNull();
    expect(clientIpFrom(new Headers(), 0)).toBeNull();
  });
});

describe("the socket address header", () => {
  let server: http.Server;
  let base: string;
  const seen: (string | undefined)[] = [];

  beforeAll(async () => {
    installSocketAddressHeader();
    installSocketAddressHeader(); // twice (a dev reload): still one stamp per request
    server = http.createServer((request, response) => {
      seen.push(request.headers[SOCKET_ADDRESS_HEADER] as string | undefined);
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it("is written from the socket, replacing whatever the client sent", async () => {
    await fetch(base, { headers: { [SOCKET_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "6.6.6.6" } });
    await fetch(base);
    expect(seen).toEqual(["127.0.0.1", "127.0.0.1"]);
  });
});
