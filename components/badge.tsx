import type { ReactNode } from "react";

/**
 * A small label. Status tones always carry their meaning in the words too ("Overdue", "Due today"):
 * colour only reinforces them. Each pair is at least 4.5:1.
 */
export type BadgeTone = "neutral" | "accent" | "overdue" | "due-today" | "upcoming" | "done";

const TONES: Record<BadgeTone, string> = {
  neutral: "border-slate-200 bg-slate-100 text-slate-800",
  accent: "border-brand-200 bg-brand-50 text-brand-800",
  overdue: "border-red-200 bg-red-50 text-red-800",
  "due-today": "border-amber-300 bg-amber-50 text-amber-900",
  upcoming: "border-slate-200 bg-white text-slate-700",
  done: "border-green-200 bg-green-50 text-green-800",
};

export function Badge({
  tone = "neutral",
  children,
  className = "",
}: {
  tone?: BadgeTone;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${TONES[tone]} ${className}`}
    >
      {children}
    </span>
  );
}
