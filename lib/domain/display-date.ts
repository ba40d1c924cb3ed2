import { type CalendarDate, toDayNumber } from "./calendar-date";
import { civilFromDayNumber } from "./day-number";

// date-fns's English short month names ("MMM"), written out: this label is built for every flag and goal on
// a dashboard, and the property tests hold it to date-fns's `format(…, "d MMM yyyy")`.
const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A calendar date as people read it in labels, flags and digests: "15 Oct 2026". Day-month order with a
 * short month name is unambiguous for readers on both sides of the Atlantic, unlike 10/15/2026.
 */
export function formatDisplayDate(date: CalendarDate): string {
  const { year, month, day } = civilFromDayNumber(toDayNumber(date));
  return `${day} ${SHORT_MONTHS[month - 1]} ${String(year).padStart(4, "0")}`;
}
