import { z } from "zod";
import { optionalFilterDate, pageNumber, searchText } from "./list-query";
import { text } from "./fields";

/**
 * The audit browser's filters, read from the URL. Actor and student match a name or email; dates are
 * whole UTC days, `to` included. An action outside the known list simply matches nothing.
 */
export const auditLogFilterSchema = z.object({
  actor: searchText,
  student: searchText,
  action: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    text()
      .regex(/^[a-z-]+\.[a-z-]+$/)
      .optional()
      .catch(undefined),
  ),
  from: optionalFilterDate,
  to: optionalFilterDate,
  page: pageNumber,
});
export type AuditLogFilter = z.output<typeof auditLogFilterSchema>;

export const myRecordViewsFilterSchema = z.object({ page: pageNumber });
