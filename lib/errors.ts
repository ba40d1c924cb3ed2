import { notFound as nextNotFound } from "next/navigation";

/**
 * A record that is missing or that the viewer may not see: both answer the same (404). The data layer
 * throws it through `notFound()`; route handlers turn it into a 404 response with `instanceof`.
 */
export class NotFoundError extends Error {
  /** Next's own marker for its 404, copied from the error its `notFound()` throws (never parsed or written). */
  readonly digest: string | undefined;

  constructor(digest: string | undefined) {
    super("Not found");
    this.name = "NotFoundError";
    this.digest = digest;
  }
}

/**
 * Ends the request as "not found". Pages and server actions render not-found.tsx with a 404, because the
 * error carries the marker Next's `notFound()` sets; route handlers catch it as a `NotFoundError`.
 */
export function notFound(): never {
  try {
    nextNotFound();
  } catch (nextError) {
    const digest = (nextError as { digest?: unknown }).digest;
    throw new NotFoundError(typeof digest === "string" ? digest : undefined);
  }
}

export function isNotFoundError(error: unknown): error is NotFoundError {
  return error instanceof NotFoundError;
}
