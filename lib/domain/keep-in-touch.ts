import { type CalendarDate, fromDayNumber, toDayNumber } from "./calendar-date";
import { addMonthsToDayNumber } from "./day-number";
import { calendarTask, isOverdue } from "./due-rule";
import { type KeepInTouchCadence } from "./vocabulary";

/** Months between touches for each cadence; "off" has none. */
export const KEEP_IN_TOUCH_MONTHS = {
  monthly: 1,
  quarterly: 3,
  semiannual: 6,
} as const satisfies Record<Exclude<KeepInTouchCadence, "off">, number>;

export type KeepInTouchInput = {
  cadence: KeepInTouchCadence;
  /** The latest logged touch of any kind (outreach, interview, thank-you, update), or null. */
  lastTouchOn: CalendarDate | null;
};

export type KeepInTouchDue = {
  dueOn: CalendarDate;
  /** Overdue by due-rule.ts: from the day after `dueOn`. */
  overdue: boolean;
};

/**
 * When to get back in touch with a contact, or null when the cadence is off or nothing was logged yet
 * (there is no relationship to keep up). The clock restarts at every touch, so the caller passes the
 * latest one. Months are calendar months, clamped at month ends: 31 January + 1 month is 28 or 29
 * February. Each due date counts from a real touch, so the clamping never accumulates.
 */
export function nextKeepInTouch(
  { cadence, lastTouchOn }: KeepInTouchInput,
  today: CalendarDate,
): KeepInTouchDue | null {
  if (cadence === "off" || lastTouchOn === null) return null;
  const due = addMonthsToDayNumber(toDayNumber(lastTouchOn), KEEP_IN_TOUCH_MONTHS[cadence]);
  const dueOn = fromDayNumber(due);
  return { dueOn, overdue: isOverdue(calendarTask(dueOn), today) };
}
