import { submittedValues } from "./action-state";
import { OUTCOME_FORM_KEYS, OUTCOME_LINK_KEYS } from "./outcome";

/**
 * An outcome form's post, twice: `values` to echo back (strings only, the checked ids joined by commas so
 * the boxes stay ticked after a failed save) and `input` for the schema (the ids as arrays).
 */
export function outcomeFormValues(formData: FormData, extraKeys: readonly string[]) {
  const values = submittedValues(formData, [...OUTCOME_FORM_KEYS, ...extraKeys]);
  const input: Record<string, unknown> = { ...values };
  for (const key of OUTCOME_LINK_KEYS) {
    const ids = formData.getAll(key).filter((v): v is string => typeof v === "string" && v !== "");
    input[key] = ids;
    values[key] = ids.join(",");
  }
  return { values, input };
}
