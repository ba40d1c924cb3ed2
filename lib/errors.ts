/** An error whose message is safe to show to the user. Anything else reaches them as a generic message. */
export class AppError extends Error {
  constructor(
    message: string,
    readonly code: "not-found" | "forbidden-as-not-found" | "conflict" | "rate-limited" | "invalid",
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** A record that is missing or that the viewer may not see: both answer the same (404). */
export class NotFoundError extends AppError {
  constructor() {
    super("Not found", "not-found");
    this.name = "NotFoundError";
  }
}
