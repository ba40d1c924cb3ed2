import { getViewer } from "@/lib/auth/session";

// Shared by the export route handlers. A route handler must not throw notFound(): signed-out, non-student
// and missing answer the same plain 404.

export const notFoundResponse = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });

/** Runs an export for a signed-in caller; anyone else (or a data-layer 404) gets a 404 response. */
export async function exportFor<T>(load: () => Promise<T>): Promise<T | null> {
  if (!(await getViewer())) return null;
  return load().catch((error: unknown) => {
    if (isNotFound(error)) return null;
    throw error;
  });
}

export function attachment(body: BodyInit, filename: string, contentType: string) {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** Today as YYYY-MM-DD (UTC), for file names. */
export const today = () => new Date().toISOString().slice(0, 10);

function isNotFound(error: unknown) {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404");
}
