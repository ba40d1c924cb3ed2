import type { z } from "zod";

/** The one shape every server action returns: per-field errors, a form-level error, and the values the
 * user submitted, echoed back so a failed save loses nothing (React 19 resets uncontrolled fields). */
export type ActionState<Values extends Record<string, string> = Record<string, string>> = {
  status: "idle" | "error" | "success";
  fieldErrors: Partial<Record<keyof Values & string, string[]>>;
  formError?: string;
  values: Partial<Values>;
};

export const initialActionState: ActionState = { status: "idle", fieldErrors: {}, values: {} };

export function fieldErrorsOf<T>(error: z.ZodError<T>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** The submitted text fields of a form, for echoing back; files and other values are not echoed. */
export function submittedValues(formData: FormData, keys: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of keys) {
    const value = formData.get(key);
    if (typeof value === "string") values[key] = value;
  }
  return values;
}
