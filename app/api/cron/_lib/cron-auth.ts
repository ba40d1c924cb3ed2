import { timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/env";

/** Whether the request carries `Authorization: Bearer $CRON_SECRET`; always false while the secret is unset. */
export function isCronCaller(request: Request): boolean {
  const secret = getEnv().CRON_SECRET;
  const header = request.headers.get("authorization");
  if (!secret || !header?.startsWith("Bearer ")) return false;
  const given = Buffer.from(header.slice("Bearer ".length));
  const expected = Buffer.from(secret);
  // timingSafeEqual needs equal lengths; the length check itself reveals only the length.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const unauthorized = () => Response.json({ error: "unauthorized" }, { status: 401 });
export const postOnly = () => new Response(null, { status: 405, headers: { Allow: "POST" } });
