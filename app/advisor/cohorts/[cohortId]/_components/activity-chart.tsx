"use client";

import type { ActivityWeek } from "@/lib/domain/weekly-activity";

const CHART_HEIGHT = 160;

/**
 * Things logged per week over the term, drawn into the server's HTML: bars in an SVG sized in percentages so
 * it stretches to the card without scaling its text, and needing no script. A client component only so that
 * React's payload carries the dozen weekly figures rather than a second copy of the drawing and its table. The drawing is hidden from assistive
 * technology and holds nothing focusable; the same figures are in a table under it.
 */
export function ActivityChart({ weeks }: { weeks: readonly ActivityWeek[] }) {
  const top = niceMax(Math.max(0, ...weeks.map((week) => week.count)));
  const slot = 100 / weeks.length;
  const gap = Math.min(slot * 0.2, 1.5);
  const total = weeks.reduce((sum, week) => sum + week.count, 0);
  // At most ~6 labels along the bottom, always the first and last week.
  const every = Math.max(1, Math.ceil(weeks.length / 6));
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm text-slate-600">
        {`${total} ${total === 1 ? "thing" : "things"} logged over ${weeks.length} ${weeks.length === 1 ? "week" : "weeks"}; the busiest week had ${Math.max(0, ...weeks.map((w) => w.count))}.`}
      </figcaption>
      <div className="flex gap-2" aria-hidden="true">
        <div
          className="flex flex-col justify-between text-right text-xs text-slate-600 tabular-nums"
          style={{ height: CHART_HEIGHT }}
        >
          <span className="-mt-2">{top}</span>
          <span>{top / 2}</span>
          <span className="-mb-2">0</span>
        </div>
        <div className="min-w-0 flex-1">
          {/* Drawn in a 100 × 100 box stretched to the card: short numbers, no units. */}
          <svg
            viewBox="0 0 100 100"
            preserveAspectRatio="none"
            width="100%"
            height={CHART_HEIGHT}
            focusable="false"
            className="block overflow-visible"
          >
            <path d="M0 0H100M0 50H100M0 100H100" stroke="#e2e8f0" vectorEffect="non-scaling-stroke" />
            <g className="fill-brand-600">
              {weeks.map((week, index) => {
                const height = top === 0 ? 0 : (week.count / top) * 100;
                return (
                  <rect
                    key={week.weekStart}
                    x={round(index * slot + gap / 2)}
                    width={round(slot - gap)}
                    y={round(100 - height)}
                    height={round(height)}
                    className={week.inProgress ? "fill-brand-300" : undefined}
                  />
                );
              })}
            </g>
          </svg>
          <div className="relative mt-1 h-4 text-xs text-slate-600 [&>span]:absolute [&>span]:-translate-x-1/2 [&>span]:whitespace-nowrap">
            {weeks.map((week, index) =>
              index % every === 0 || index === weeks.length - 1 ? (
                <span key={week.weekStart} style={{ left: `${round((index + 0.5) * slot)}%` }}>
                  {shortDay(week.weekStart)}
                </span>
              ) : null,
            )}
          </div>
        </div>
      </div>
      <details className="text-sm">
        <summary className="link w-fit cursor-pointer">Figures as a table</summary>
        <table className="mt-2 w-full max-w-sm text-left [&_td]:py-1 [&_td]:text-right [&_td]:tabular-nums [&_th]:py-1 [&_th]:font-normal [&_thead_th]:font-medium [&_thead_tr]:border-slate-200 [&_tr]:border-b [&_tr]:border-slate-100">
          <caption className="sr-only">Things logged per week</caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col" className="text-right">
                Things logged
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{week.inProgress ? `${week.label} (so far)` : week.label}</th>
                <td>{week.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** Two decimals are finer than a pixel on any screen. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A round top for the axis, even so that its half is a whole number: 4 for 3, 60 for 45, 200 for 150. */
function niceMax(value: number): number {
  if (value <= 2) return 2;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 4, 5, 6, 8, 10].map((m) => m * power).find((top) => top >= value && top % 2 === 0)!;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "19 Oct" from "2026-10-19". */
function shortDay(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]}`;
}
