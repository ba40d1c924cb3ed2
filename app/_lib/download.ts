import { getViewer } from "@/lib/auth/session";
import { isNotFoundError } from "@/lib/errors";

// Shared by the file route handlers: signed-out, not allowed and missing all answer the same plain 404,
// a response rather than a thrown error so the handler decides its body.

export const notFoundResponse = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });

/** Runs a load for a signed-in caller: null (answer 404) when signed out or the data layer says not found. */
export async function exportFor<T>(load: () => Promise<T>): Promise<T | null> {
  if (!(await getViewer())) return null;
  return load().catch((error: unknown) => {
    if (isNotFoundError(error)) return null;
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
