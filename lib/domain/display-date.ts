import { format } from "date-fns";
import { type CalendarDate, parseCalendarDate } from "./calendar-date";

/**
 * A calendar date as people read it in labels, flags and digests: "15 Oct 2026". Day-month order with a
 * short month name is unambiguous for readers on both sides of the Atlantic, unlike 10/15/2026.
 */
export function formatDisplayDate(date: CalendarDate): string {
  return format(parseCalendarDate(date), "d MMM yyyy");
}
