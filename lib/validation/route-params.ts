import { text } from "./fields";

const routeParamSchema = text().min(1).max(500);

/**
 * A value that names a record, from a URL segment, a query string or a form's hidden field, or null when it
 * cannot name one: missing, empty, too long, or holding a control character (which PostgreSQL refuses
 * outright). A repeated query key counts by its first value.
 */
export function parseRouteParam(value: unknown): string | null {
  const result = routeParamSchema.safeParse(Array.isArray(value) ? value[0] : value);
  return result.success ? result.data : null;
}
