/**
 * The client address for rate limiting. Behind a trusted proxy (TRUST_PROXY) the left-most
 * X-Forwarded-For entry is the client; otherwise only the right-most one, which the nearest hop (Next's
 * own server) appended, can be believed.
 */
export function clientIpFrom(headers: Headers, trustProxy: boolean): string | null {
  const forwarded = headers
    .get("x-forwarded-for")
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (forwarded && forwarded.length > 0) return (trustProxy ? forwarded[0] : forwarded.at(-1)) ?? null;
  return headers.get("x-real-ip");
}
