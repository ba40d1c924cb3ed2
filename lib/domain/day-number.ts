// The proleptic Gregorian calendar as integers. A day number counts days since 1970-01-01 (day 0, a
// Thursday), so adding days, comparing dates and counting days between them are integer operations, and no
// `Date` is ever made: the dashboard applies these rules thousands of times per request, and building Date
// objects there was most of its cost. The conversions are Howard Hinnant's `days_from_civil` and
// `civil_from_days` (http://howardhinnant.github.io/date_algorithms.html), exact for every year.

/** Days since 1970-01-01. Negative before it. */
export type DayNumber = number;

export type CivilDate = { year: number; month: number; day: number };

// Days from 0000-03-01 to 1970-01-01: the algorithms count from a March 1st so that the leap day comes last.
const EPOCH_SHIFT = 719_468;
const DAYS_PER_400_YEARS = 146_097;

/** The day number of year-month-day (month 1–12). The caller checks that the day exists (daysInMonth). */
export function dayNumberFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_400_YEARS + dayOfEra - EPOCH_SHIFT;
}

/** The year, month (1–12) and day of a day number. */
export function civilFromDayNumber(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + EPOCH_SHIFT;
  const era = Math.floor(z / DAYS_PER_400_YEARS);
  const dayOfEra = z - era * DAYS_PER_400_YEARS;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / (DAYS_PER_400_YEARS - 1))) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in month 1–12 of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(dayNumber: DayNumber): number {
  // Day 0 was a Thursday (4).
  return mod(dayNumber + 3, 7) + 1;
}

/** The Monday of the ISO week (Monday to Sunday) that holds `dayNumber`. */
export function startOfIsoWeek(dayNumber: DayNumber): DayNumber {
  return dayNumber - isoWeekday(dayNumber) + 1;
}

/**
 * `months` calendar months after `dayNumber` (before it when negative), clamped at month ends as date-fns
 * `addMonths` does: 31 January + 1 month is 28 or 29 February, never a day in March.
 */
export function addMonthsToDayNumber(dayNumber: DayNumber, months: number): DayNumber {
  if (months === 0) return dayNumber;
  const { year, month, day } = civilFromDayNumber(dayNumber);
  const monthIndex = year * 12 + (month - 1) + months;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  return dayNumberFromCivil(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** The remainder with the divisor's sign, so weekdays of days before 1970 come out right. */
export function mod(n: number, divisor: number): number {
  return ((n % divisor) + divisor) % divisor;
}
