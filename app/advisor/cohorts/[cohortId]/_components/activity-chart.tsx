import type { ActivityWeek } from "@/lib/domain/weekly-activity";

const CHART_HEIGHT = 160;

/**
 * Things logged per week over the term, drawn on the server: bars in an SVG sized in percentages so it
 * stretches to the card without scaling its text, and no script. The drawing is hidden from assistive
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
        {total} {total === 1 ? "thing" : "things"} logged over {weeks.length}{" "}
        {weeks.length === 1 ? "week" : "weeks"}; the busiest week had{" "}
        {Math.max(0, ...weeks.map((w) => w.count))}.
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
          <svg width="100%" height={CHART_HEIGHT} focusable="false" className="block overflow-visible">
            {[0, 50, 100].map((y) => (
              <line key={y} x1="0" x2="100%" y1={`${y}%`} y2={`${y}%`} stroke="#e2e8f0" strokeWidth="1" />
            ))}
            {weeks.map((week, index) => {
              const height = top === 0 ? 0 : (week.count / top) * 100;
              return (
                <rect
                  key={week.weekStart}
                  x={`${index * slot + gap / 2}%`}
                  width={`${slot - gap}%`}
                  y={`${100 - height}%`}
                  height={`${height}%`}
                  rx="2"
                  className={week.inProgress ? "fill-brand-300" : "fill-brand-600"}
                />
              );
            })}
          </svg>
          <div className="relative mt-1 h-4 text-xs text-slate-600">
            {weeks.map((week, index) =>
              index % every === 0 || index === weeks.length - 1 ? (
                <span
                  key={week.weekStart}
                  className="absolute -translate-x-1/2 whitespace-nowrap"
                  style={{ left: `${(index + 0.5) * slot}%` }}
                >
                  {shortDay(week.weekStart)}
                </span>
              ) : null,
            )}
          </div>
        </div>
      </div>
      <details className="text-sm">
        <summary className="link w-fit cursor-pointer">Figures as a table</summary>
        <table className="mt-2 w-full max-w-sm text-left">
          <caption className="sr-only">Things logged per week</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-1 font-medium">
                Week
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Things logged
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStart} className="border-b border-slate-100">
                <th scope="row" className="py-1 font-normal">
                  {week.label}
                  {week.inProgress ? " (so far)" : ""}
                </th>
                <td className="py-1 text-right tabular-nums">{week.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
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
