import { unsafeCheckHealth } from "@/lib/data/health";

// Always run on request, never prerendered or cached: a cached "ok" would hide a dead database.
export const dynamic = "force-dynamic";

/** For a load balancer: 200 when this server can serve, 503 (with a fixed reason) when it cannot. Public. */
export async function GET() {
  const health = await unsafeCheckHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
