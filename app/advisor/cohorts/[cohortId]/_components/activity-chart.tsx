"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ActivityChartWeek = { weekStart: string; label: string; shortLabel: string; count: number };

/**
 * Activity per week over the term. The chart is for sighted readers; the same figures are in a table
 * right after it (visually hidden), so a screen reader gets the numbers, not a picture.
 */
export function ActivityChart({ weeks }: { weeks: ActivityChartWeek[] }) {
  return (
    <div>
      <div className="h-56 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={weeks}
            margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
            // Hidden from assistive technology (the table below has the figures): nothing inside may take focus.
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
            <XAxis
              dataKey="shortLabel"
              tick={{ fontSize: 12, fill: "#475569" }}
              interval="preserveStartEnd"
            />
            <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#475569" }} />
            <Tooltip
              labelFormatter={(_, payload) => payload?.[0]?.payload?.label ?? ""}
              formatter={(value) => [value, "Things logged"]}
            />
            <Bar
              dataKey="count"
              fill="var(--color-brand-600)"
              radius={[3, 3, 0, 0]}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>Things logged per week</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Things logged</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.weekStart}>
              <th scope="row">{week.label}</th>
              <td>{week.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
