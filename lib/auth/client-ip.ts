import { SOCKET_ADDRESS_HEADER } from "./socket-address";

/**
 * The client address for per-IP rate limits.
 *
 * With no trusted proxy (N = 0) it is the TCP peer's address, stamped by socket-address.ts; X-Forwarded-For
 * is never read, since the client writes it. With N trusted proxies it is the N-th X-Forwarded-For entry
 * from the right: each of our proxies appends the address it saw, so that entry was written by our
 * outermost proxy and everything to its left came from the client. Null when neither is there: no per-IP
 * key beats a key the client chose, and the per-address limit holds regardless (decision 002).
 */
export function clientIpFrom(headers: Headers, trustedProxyHops: number): string | null {
  if (trustedProxyHops === 0) {
    const socket = headers.get(SOCKET_ADDRESS_HEADER)?.trim();
    return socket ? normaliseAddress(socket) : null;
  }
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  // Fewer entries than hops: every entry was written by one of our proxies; the left-most is nearest the client.
  const picked = entries.at(-trustedProxyHops) ?? entries[0];
  return picked ? normaliseAddress(picked) : null;
}

// One client must not count as two: IPv4 reached over an IPv6 socket arrives as ::ffff:a.b.c.d.
function normaliseAddress(address: string) {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "").toLowerCase();
}
