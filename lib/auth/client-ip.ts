/**
 * The client address for per-IP rate limits, read from X-Forwarded-For from the right: each trusted
 * proxy appends the address it saw, so with N trusted hops the N-th entry from the end was written by
 * our outermost proxy. Everything to its left came from the client and may be forged.
 *
 * With no trusted proxy (N = 0) Next fills the header from the socket only when the client sent none,
 * so the value there is forgeable: it still slows a naive flood, and the per-address limit holds
 * regardless. Deployments behind a load balancer set TRUSTED_PROXY_HOPS (decision 002).
 */
export function clientIpFrom(headers: Headers, trustedProxyHops: number): string | null {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const picked = entries.at(-Math.max(1, trustedProxyHops)) ?? entries[0] ?? headers.get("x-real-ip");
  return picked ? normaliseAddress(picked) : null;
}

// One client must not count as two: IPv4 reached over an IPv6 socket arrives as ::ffff:a.b.c.d.
function normaliseAddress(address: string) {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "").toLowerCase();
}
