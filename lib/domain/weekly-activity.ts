import { type CalendarDate, fromDayNumber, toDayNumber } from "./calendar-date";
import { isoWeekday, startOfIsoWeek } from "./day-number";
import { formatDisplayDate } from "./display-date";

/**
 * One week's count as SQL gives it: `date_trunc('week', day)::date` is the Monday of the ISO week. Any count
 * works (records logged, students active); several rows for one week are added up.
 */
export type WeeklyCount = { weekStart: CalendarDate; count: number };

export type ActivityWeek = {
  /** Monday. */
  weekStart: CalendarDate;
  /** Sunday. */
  weekEnd: CalendarDate;
  count: number;
  /** The week containing today: its count is still growing. */
  inProgress: boolean;
  /**
   * "Week of 19 Oct 2026". Not "week 3": term-weeks.ts numbers weeks from the term's first weekday, and a
   * Monday bucket only lines up with those when the term starts on a Monday.
   */
  label: string;
};

/**
 * Per-day counts (each student's `activity_days` and `activity_counts`, in step) added up into Monday-started
 * weeks, soonest first, from `from` on: what `date_trunc('week', day)` and `sum` give in SQL, done here because
 * the dashboard already has every member's row and PostgreSQL spent more on unnesting and grouping ~6,000
 * student-days per request than this loop does. A week is listed when any of its days is, even at 0.
 */
export function weeklyCountsOfDays(
  students: readonly { days: readonly CalendarDate[]; counts: readonly number[] }[],
  from: CalendarDate,
): WeeklyCount[] {
  // Calendar dates as `YYYY-MM-DD` compare as strings; each distinct day is turned into its week once.
  const perDay = new Map<CalendarDate, number>();
  for (const { days, counts } of students) {
    if (days.length !== counts.length) throw new RangeError("days and counts must be in step");
    for (let i = 0; i < days.length; i++) {
      const day = days[i]!;
      if (day < from) continue;
      perDay.set(day, (perDay.get(day) ?? 0) + counts[i]!);
    }
  }
  const perWeek = new Map<number, number>();
  for (const [day, count] of perDay) {
    const weekStart = startOfIsoWeek(toDayNumber(day));
    perWeek.set(weekStart, (perWeek.get(weekStart) ?? 0) + count);
  }
  return [...perWeek]
    .sort(([a], [b]) => a - b)
    .map(([weekStart, count]) => ({ weekStart: fromDayNumber(weekStart), count }));
}

export type CohortTerm = { startsOn: CalendarDate; endsOn: CalendarDate };

/**
 * The term as a row of Monday-to-Sunday weeks, from the week the term starts in to the week it ends in, or
 * to the current week while the term is running (nothing is drawn for weeks that have not happened). Weeks
 * with no activity are there with a count of 0, so a quiet week shows as a gap rather than disappearing.
 * Rows outside those weeks are ignored. Before the term starts there are no weeks at all. The first and last
 * weeks can hold a few days outside the term; the SQL filters rows to the term's dates if those must not count.
 *
 * `today` is a calendar date in whichever zone the caller bucketed the activity in.
 */
export function weeklyActivity(
  rows: readonly WeeklyCount[],
  term: CohortTerm,
  today: CalendarDate,
): ActivityWeek[] {
  const startsOn = toDayNumber(term.startsOn);
  const endsOn = toDayNumber(term.endsOn);
  if (endsOn < startsOn) {
    throw new RangeError(`The term ends (${term.endsOn}) before it starts (${term.startsOn})`);
  }
  const counts = new Map<CalendarDate, number>();
  for (const { weekStart, count } of rows) {
    // A Sunday-based week (some SQL dialects, US calendars) would shift every count by a day; refuse it.
    if (isoWeekday(toDayNumber(weekStart)) !== 1) {
      throw new RangeError(`weekStart must be a Monday, got ${weekStart}`);
    }
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
    }
    counts.set(weekStart, (counts.get(weekStart) ?? 0) + count);
  }

  const todayOn = toDayNumber(today);
  if (todayOn < startsOn) return [];
  const last = startOfIsoWeek(Math.min(todayOn, endsOn));

  const weeks: ActivityWeek[] = [];
  for (let monday = startOfIsoWeek(startsOn); monday <= last; monday += 7) {
    const weekStart = fromDayNumber(monday);
    weeks.push({
      weekStart,
      weekEnd: fromDayNumber(monday + 6),
      count: counts.get(weekStart) ?? 0,
      inProgress: monday <= todayOn && todayOn <= monday + 6,
      label: `Week of ${formatDisplayDate(weekStart)}`,
    });
  }
  return weeks;
}
