import type { ReactNode } from "react";

/** A bordered surface for one topic. Borders, not shadows: the page stays flat and calm. */
export function Card({
  title,
  children,
  className = "",
}: {
  title?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    // .card and .card-title: app/globals.css.
    <section className={className ? `card ${className}` : "card"}>
      {title && <h2 className="card-title">{title}</h2>}
      {children}
    </section>
  );
}
