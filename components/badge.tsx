import type { ReactNode } from "react";

/**
 * A small label. Status tones always carry their meaning in the words too ("Overdue", "Due today"):
 * colour only reinforces them. Each pair is at least 4.5:1 (the tones: .badge-* in app/globals.css).
 */
export type BadgeTone = "neutral" | "accent" | "overdue" | "due-today" | "upcoming" | "done";

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
      // .badge and its tones: app/globals.css.
      className={className ? `badge badge-${tone} ${className}` : `badge badge-${tone}`}
    >
      {children}
    </span>
  );
}
