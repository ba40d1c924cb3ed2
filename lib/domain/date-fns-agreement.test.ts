import { TZDate, tzScan } from "@date-fns/tz";
import { UTCDate } from "@date-fns/utc";
import {
  addBusinessDays as addBusinessDaysFns,
  addDays,
  addMonths,
  addWeeks,
  differenceInBusinessDays,
  differenceInCalendarDays,
  endOfISOWeek,
  format,
  getISODay,
  isMonday,
  isWeekend,
  previousFriday,
  startOfISOWeek,
} from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addBusinessDays, businessDaysBetween } from "./business-days";
import {
  addCalendarDays,
  addCalendarMonths,
  calendarDaysBetween,
  compareCalendarDates,
  fromDayNumber,
  isCalendarDate,
  toDayNumber,
} from "./calendar-date";
import { isoWeekday } from "./day-number";
import { formatDisplayDate } from "./display-date";
import { nextKeepInTouch } from "./keep-in-touch";
import { needsAttention } from "./needs-attention";
import { nextOutreachFollowUp } from "./outreach-follow-up";
import { lastDayOfTermWeek, weeksInTerm } from "./term-weeks";
import { thankYouStatus } from "./thank-you";
import { calendarDateIn } from "./time-zone";
import { weeklyActivity } from "./weekly-activity";

// The calendar rules work on integer day numbers. Before that they were date-fns calls on dates pinned to
// midnight UTC; each property below puts the new arithmetic next to that date-fns expression on thousands
// of random dates, drawn more often where calendars go wrong: weekends, month ends, 29 February, century
// years, and the days a student's time zone changes its clocks. Seeded, so a failure reproduces; fast-check
// prints the counterexample and the seed.

const RUNS = { seed: 20261201, numRuns: 4000 } as const;
/** date-fns in a named zone (TZDate) is slow, which is why the rules no longer use it: fewer cases there. */
const ZONE_RUNS = { ...RUNS, numRuns: 1500 } as const;
/** A busy machine (two shared cores) can take several seconds for a few thousand date-fns cases. */
const SLOW = { timeout: 60_000 };
const DAY_MS = 86_400_000;

/** Students' zones, including half-hour and 45-minute offsets, a 30-minute DST shift, DST at midnight. */
const ZONES = [
  "UTC",
  "America/New_York",
  "America/Los_Angeles",
  "Europe/London",
  "Europe/Berlin",
  "Asia/Kolkata",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "America/Santiago",
  "America/Havana",
  "Asia/Tehran",
] as const;

// ----------------------------------------------------------------------------------------------------------
// Reference implementations: what the rules computed with date-fns before day numbers.

const utc = (date: string) => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new UTCDate(y, m - 1, d);
};
const ymd = (date: Date) => format(date, "yyyy-MM-dd");

/** The old validity check: a `YYYY-MM-DD` shape whose Date.UTC round trip gives the same day. */
function referenceIsCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function referenceBusinessDaysBetween(from: string, to: string): number {
  const toWeekday = (date: Date) => (isWeekend(date) ? previousFriday(date) : date);
  const start = utc(from);
  const end = utc(to);
  if (end < start) return -referenceBusinessDaysBetween(to, from);
  return differenceInBusinessDays(toWeekday(end), toWeekday(start));
}

function referenceThankYouStatus(
  interviewOn: string,
  sentOn: string | null,
  today: string,
  dueBusinessDays: number,
  overdueDays: number,
) {
  const dueOn = ymd(addBusinessDaysFns(utc(interviewOn), dueBusinessDays));
  const overdueOn = ymd(addDays(utc(interviewOn), overdueDays));
  const dates = { dueOn, overdueOn };
  if (sentOn !== null && sentOn >= interviewOn) {
    return { state: sentOn <= overdueOn ? "sent-on-time" : "sent-late", ...dates };
  }
  if (today > overdueOn) return { state: "overdue", ...dates };
  if (today >= dueOn) return { state: "due", ...dates };
  return { state: "upcoming", ...dates };
}

function referenceWeeklyActivity(term: { startsOn: string; endsOn: string }, today: string) {
  if (today < term.startsOn) return [];
  const lastDay = today < term.endsOn ? today : term.endsOn;
  const first = startOfISOWeek(utc(term.startsOn));
  const last = ymd(startOfISOWeek(utc(lastDay)));
  const weeks = [];
  for (let n = 0; ; n++) {
    const monday = addWeeks(first, n);
    const weekStart = ymd(monday);
    if (weekStart > last) break;
    const weekEnd = ymd(endOfISOWeek(monday));
    weeks.push({
      weekStart,
      weekEnd,
      count: 0,
      inProgress: weekStart <= today && today <= weekEnd,
      label: `Week of ${format(monday, "d MMM yyyy")}`,
    });
  }
  return weeks;
}

// ----------------------------------------------------------------------------------------------------------
// Where to look: dates and instants.

const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dayOfIso = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

const YEARS = { min: 1800, max: 2400 };
const anyDay = fc.integer({ min: dayOfIso(`${YEARS.min}-01-01`), max: dayOfIso(`${YEARS.max}-12-31`) });
/** The last days of a month and the first of the next; 28/29 February and 1 March of any year. */
const monthEnd = fc
  .record({
    year: fc.integer(YEARS),
    month: fc.integer({ min: 0, max: 11 }),
    offset: fc.integer({ min: -3, max: 1 }),
  })
  .map(({ year, month, offset }) => Date.UTC(year, month + 1, offset) / DAY_MS);
const leapDay = fc
  .record({
    // Century years: 1900 and 2100 have no 29 February, 2000 has one.
    year: fc.oneof(fc.integer(YEARS), fc.constantFrom(1900, 2000, 2100, 2400)),
    offset: fc.integer({ min: -2, max: 2 }),
  })
  .map(({ year, offset }) => Date.UTC(year, 2, 1 + offset) / DAY_MS);

/** Every clock change of the zones above in 2000–2040, as instants. */
const CLOCK_CHANGES = ZONES.flatMap((zone) =>
  tzScan(zone, { start: new Date("2000-01-01T00:00:00Z"), end: new Date("2040-12-31T00:00:00Z") }).map(
    (change) => ({ zone, at: change.date.getTime() }),
  ),
);
const clockChange = fc.constantFrom(...CLOCK_CHANGES);
/** Days around a clock change (the change's UTC day, give or take a few days). */
const dstDay = fc
  .record({ change: clockChange, offset: fc.integer({ min: -4, max: 4 }) })
  .map(({ change, offset }) => Math.floor(change.at / DAY_MS) + offset);

const dayNumber = fc.oneof(anyDay, monthEnd, leapDay, dstDay);
const calendarDate = dayNumber.map(isoOfDay);
const zone = fc.constantFrom(...ZONES);

describe("calendar dates as day numbers agree with Date and date-fns", SLOW, () => {
  it("accept and refuse the same strings as the Date.UTC round trip", () => {
    const pad = (n: number, width: number) => String(n).padStart(width, "0");
    const shaped = fc
      .record({
        year: fc.integer({ min: 0, max: 9999 }),
        month: fc.integer({ min: 0, max: 13 }),
        day: fc.integer({ min: 0, max: 32 }),
      })
      .map(({ year, month, day }) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
    const nearMiss = calendarDate.chain((date) =>
      fc.constantFrom(
        ` ${date}`,
        `${date}T00:00:00Z`,
        date.replaceAll("-", "/"),
        date.slice(0, 9),
        `+${date}`,
      ),
    );
    fc.assert(
      fc.property(fc.oneof(shaped, calendarDate, nearMiss, fc.string({ maxLength: 12 })), (value) => {
        expect(isCalendarDate(value)).toBe(referenceIsCalendarDate(value));
      }),
      RUNS,
    );
  });

  it("number days as Date does, and give them back", () => {
    fc.assert(
      fc.property(dayNumber, (day) => {
        const iso = isoOfDay(day);
        expect(toDayNumber(iso)).toBe(day);
        expect(fromDayNumber(day)).toBe(iso);
        expect(isoWeekday(day)).toBe(getISODay(utc(iso)));
      }),
      RUNS,
    );
  });

  it("add days, count days and order dates as date-fns does", () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, fc.integer({ min: -800, max: 800 }), (a, b, n) => {
        expect(addCalendarDays(a, n)).toBe(ymd(addDays(utc(a), n)));
        expect(calendarDaysBetween(a, b)).toBe(differenceInCalendarDays(utc(b), utc(a)));
        expect(Math.sign(compareCalendarDates(a, b))).toBe(Math.sign(utc(a).getTime() - utc(b).getTime()));
      }),
      RUNS,
    );
  });

  it("add months, clamped at month ends, as date-fns addMonths does", () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -40, max: 40 }), (date, months) => {
        expect(addCalendarMonths(date, months)).toBe(ymd(addMonths(utc(date), months)));
      }),
      RUNS,
    );
  });

  it("add business days as date-fns addBusinessDays does, weekends included", () => {
    fc.assert(
      fc.property(
        calendarDate,
        fc.oneof(fc.integer({ min: -12, max: 12 }), fc.integer({ min: -400, max: 400 })),
        (date, n) => {
          expect(addBusinessDays(date, n)).toBe(ymd(addBusinessDaysFns(utc(date), n)));
        },
      ),
      RUNS,
    );
  });

  it("count business days as the date-fns rule did, in both directions", () => {
    const nearby = fc
      .record({ from: dayNumber, gap: fc.integer({ min: -30, max: 30 }) })
      .map(({ from, gap }) => [isoOfDay(from), isoOfDay(from + gap)] as const);
    const farApart = fc.tuple(calendarDate, calendarDate);
    fc.assert(
      fc.property(fc.oneof(nearby, farApart), ([from, to]) => {
        expect(businessDaysBetween(from, to)).toBe(referenceBusinessDaysBetween(from, to));
      }),
      RUNS,
    );
  });

  it("label dates as date-fns formats d MMM yyyy", () => {
    fc.assert(
      fc.property(calendarDate, (date) => {
        expect(formatDisplayDate(date)).toBe(format(utc(date), "d MMM yyyy"));
      }),
      RUNS,
    );
  });
});

describe("in the student's time zone, across its clock changes", SLOW, () => {
  /** Noon on `date` in `zone`: a time every day has, DST or not. */
  const noonIn = (date: string, timeZone: string) => {
    const [y, m, d] = date.split("-").map(Number) as [number, number, number];
    return new TZDate(y, m - 1, d, 12, timeZone);
  };

  it("take an instant to the student's calendar date as date-fns's TZDate does", () => {
    const nearChange = fc
      .record({ change: clockChange, offset: fc.integer({ min: -30 * 3_600_000, max: 30 * 3_600_000 }) })
      .map(({ change, offset }) => ({ zone: change.zone, at: change.at + offset }));
    const anywhere = fc.record({
      zone,
      at: fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }),
    });
    // Exactly on a change, and a millisecond either side.
    const onChange = fc
      .record({ change: clockChange, offset: fc.integer({ min: -1, max: 1 }) })
      .map(({ change, offset }) => ({ zone: change.zone, at: change.at + offset }));
    fc.assert(
      fc.property(fc.oneof(nearChange, anywhere, onChange), ({ zone: timeZone, at }) => {
        expect(calendarDateIn(new Date(at), timeZone)).toBe(ymd(new TZDate(at, timeZone)));
      }),
      ZONE_RUNS,
    );
  });

  it("do the same calendar arithmetic as date-fns on the zone's own dates", () => {
    fc.assert(
      fc.property(
        zone,
        dstDay.map(isoOfDay),
        fc.integer({ min: -15, max: 15 }),
        fc.constantFrom(1, 3, 6),
        (timeZone, date, n, months) => {
          const local = noonIn(date, timeZone);
          expect(ymd(local)).toBe(date);
          expect(addBusinessDays(date, n)).toBe(ymd(addBusinessDaysFns(local, n)));
          expect(addCalendarDays(date, n)).toBe(ymd(addDays(local, n)));
          expect(addCalendarMonths(date, months)).toBe(ymd(addMonths(local, months)));
          const other = addCalendarDays(date, n);
          expect(calendarDaysBetween(date, other)).toBe(
            differenceInCalendarDays(noonIn(other, timeZone), local),
          );
        },
      ),
      ZONE_RUNS,
    );
  });

  it("count a student's quiet days as date-fns counts days between the two instants in their zone", () => {
    const now = clockChange.chain(({ zone: timeZone, at }) =>
      fc.record({
        timeZone: fc.constant(timeZone),
        now: fc.integer({ min: at - 2 * DAY_MS, max: at + 2 * DAY_MS }),
        quietFor: fc.integer({ min: 0, max: 40 * DAY_MS }),
      }),
    );
    fc.assert(
      fc.property(now, ({ timeZone, now, quietFor }) => {
        const lastActivityAt = new Date(now - quietFor);
        const joinedAt = new Date(now - 400 * DAY_MS);
        const reasons = needsAttention(
          {
            timeZone,
            joinedAt,
            lastActivityAt,
            interviewsAwaitingThankYou: [],
            outreachAwaitingFollowUp: [],
            contactsIdentified: 0,
            outreachSent: 0,
            interviewsCompleted: 0,
            thankYousSent: 0,
            thankYouDelays: [],
          },
          [],
          new Date(now),
        );
        const days = differenceInCalendarDays(
          new TZDate(now, timeZone),
          new TZDate(lastActivityAt, timeZone),
        );
        const inactive = reasons.find((reason) => reason.kind === "inactive");
        if (days < 14) expect(inactive).toBeUndefined();
        else
          expect(inactive).toMatchObject({ days, lastActiveOn: ymd(new TZDate(lastActivityAt, timeZone)) });
      }),
      ZONE_RUNS,
    );
  });
});

describe("the rules agree with their date-fns versions", SLOW, () => {
  const near = (days: number) =>
    fc
      .record({ from: dayNumber, gap: fc.integer({ min: -3, max: days }) })
      .map(({ from, gap }) => [isoOfDay(from), isoOfDay(from + gap)] as const);

  it("thank-you status: due, overdue, sent on time or late", () => {
    fc.assert(
      fc.property(
        near(20),
        fc.option(fc.integer({ min: -3, max: 15 })),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 14 }),
        ([interviewOn, today], sentAfter, dueBusinessDays, overdueDays) => {
          const sentOn = sentAfter === null ? null : addCalendarDays(interviewOn, sentAfter);
          expect(
            thankYouStatus({ interviewCompletedOn: interviewOn, thankYouSentOn: sentOn }, today, {
              dueBusinessDays,
              overdueDays,
            }),
          ).toEqual(referenceThankYouStatus(interviewOn, sentOn, today, dueBusinessDays, overdueDays));
        },
      ),
      RUNS,
    );
  });

  it("outreach follow-ups: 3 and 7 business days after sending", () => {
    fc.assert(
      fc.property(near(15), fc.integer({ min: 0, max: 1 }), ([sentOn, today], followUpsSentSince) => {
        const dueOn = ymd(addBusinessDaysFns(utc(sentOn), followUpsSentSince === 0 ? 3 : 7));
        expect(nextOutreachFollowUp({ sentOn, replied: false, followUpsSentSince }, today)).toEqual({
          dueOn,
          kind: followUpsSentSince === 0 ? "first" : "second",
          // due-rule.ts: a business-day task is overdue from the next business day after it is due.
          overdue: today >= ymd(addBusinessDaysFns(utc(dueOn), 1)),
        });
      }),
      RUNS,
    );
  });

  it("keep-in-touch cadences: calendar months, clamped at month ends", () => {
    const cadences = { monthly: 1, quarterly: 3, semiannual: 6 } as const;
    fc.assert(
      fc.property(
        near(200),
        fc.constantFrom("monthly", "quarterly", "semiannual") as fc.Arbitrary<keyof typeof cadences>,
        ([lastTouchOn, today], cadence) => {
          const dueOn = ymd(addMonths(utc(lastTouchOn), cadences[cadence]));
          expect(nextKeepInTouch({ cadence, lastTouchOn }, today)).toEqual({ dueOn, overdue: today > dueOn });
        },
      ),
      RUNS,
    );
  });

  it("term weeks: how many, and the last day of each", () => {
    fc.assert(
      fc.property(
        calendarDate,
        fc.integer({ min: 0, max: 140 }),
        fc.integer({ min: -1, max: 22 }),
        (startsOn, length, week) => {
          const endsOn = addCalendarDays(startsOn, length);
          const weeks = Math.max(
            1,
            Math.ceil((differenceInCalendarDays(utc(endsOn), utc(startsOn)) + 1) / 7),
          );
          expect(weeksInTerm(startsOn, endsOn)).toBe(weeks);
          const weekEnd = ymd(addDays(utc(startsOn), week * 7 - 1));
          const expected = week < 1 || week > weeks ? null : weekEnd > endsOn ? endsOn : weekEnd;
          expect(lastDayOfTermWeek(startsOn, endsOn, week)).toBe(expected);
        },
      ),
      RUNS,
    );
  });

  it("weekly activity: Monday-to-Sunday weeks from the term's start to today or its end", () => {
    fc.assert(
      fc.property(
        calendarDate,
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: -10, max: 140 }),
        (startsOn, length, todayAfterStart) => {
          const term = { startsOn, endsOn: addCalendarDays(startsOn, length) };
          const today = addCalendarDays(startsOn, todayAfterStart);
          const weeks = weeklyActivity([], term, today);
          expect(weeks).toEqual(referenceWeeklyActivity(term, today));
          for (const week of weeks) expect(isMonday(utc(week.weekStart))).toBe(true);
        },
      ),
      { ...RUNS, numRuns: 1000 },
    );
  });
});
