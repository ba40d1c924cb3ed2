// Limits on uploaded files, shared by the forms (which check before sending) and the actions.

/** Contact imports and rosters: far more than a real export, small enough to read in one request. */
export const MAX_UPLOAD_BYTES = 1024 * 1024;
export const UPLOAD_TOO_LARGE = "That file is larger than 1 MB. Split it and upload each part.";

/** next.config.mjs `serverActions.bodySizeLimit` ("3mb"): Next refuses a larger request body outright. */
export const MAX_ACTION_BODY_BYTES = 3 * 1024 * 1024;
export const REQUEST_TOO_LARGE =
  "That upload is too large (the limit is 1 MB per file). Go back, choose a smaller file, and try again.";
