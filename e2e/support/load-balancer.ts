import http from "node:http";
import type { AddressInfo } from "node:net";

/** Which backend a request goes to: chosen by the test per request, or in turn when it does not say. */
export const BACKEND_HEADER = "x-test-backend";
/** The client address the balancer appends to X-Forwarded-For (a test plays several clients). */
export const CLIENT_IP_HEADER = "x-test-client-ip";
/** Set on every response: the name of the backend that answered. */
export const SERVED_BY_HEADER = "x-served-by";

export type LoadBalancer = { url: string; stop: () => Promise<void> };

/**
 * A minimal HTTP load balancer for the scale-out journeys, doing what a real one does that matters here: it
 * keeps the public Host, appends the client to X-Forwarded-For and spreads requests over app servers that
 * share nothing but the database. Unlike a real one, a test can pin a request to a backend by name.
 */
export async function startLoadBalancer(backends: Record<string, string>): Promise<LoadBalancer> {
  const names = Object.keys(backends);
  let turn = 0;
  const server = http.createServer((request, response) => {
    const pinned = request.headers[BACKEND_HEADER];
    const name = typeof pinned === "string" && pinned in backends ? pinned : names[turn++ % names.length]!;
    const target = new URL(request.url ?? "/", backends[name]);
    const clientIp = request.headers[CLIENT_IP_HEADER] ?? request.socket.remoteAddress ?? "127.0.0.1";
    const headers = { ...request.headers };
    delete headers[BACKEND_HEADER];
    delete headers[CLIENT_IP_HEADER];
    const forwarded = headers["x-forwarded-for"];
    headers["x-forwarded-for"] = forwarded ? `${String(forwarded)}, ${String(clientIp)}` : String(clientIp);
    const upstream = http.request(target, { method: request.method, headers, agent: false }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, { ...answer.headers, [SERVED_BY_HEADER]: name });
      answer.pipe(response);
    });
    upstream.on("error", (error) => {
      if (!response.headersSent) response.writeHead(502, { [SERVED_BY_HEADER]: name });
      response.end(`load balancer: backend ${name} failed: ${error.message}`);
    });
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
