"use client";

import { SOFT_NAV_REGION } from "./soft-links";

/** One column of the board as plain data: [href or null, name, detail] for each name shown. */
export type PipelineColumnData = {
  stage: string;
  label: string;
  count: number;
  names: [href: string | null, name: string, detail: string][];
};

/**
 * The board's markup (pipeline-board.tsx decides what it shows). A client component only so that the page's
 * payload carries its few dozen names as compact data instead of as a tree of elements: React sends a server
 * component's markup twice (the HTML, then the payload), and each name was an element pair in both.
 */
export function PipelineColumns({
  columns,
  emptyColumnText,
  moreHref,
}: {
  columns: PipelineColumnData[];
  emptyColumnText: string;
  moreHref?: string;
}) {
  // .pipeline (app/globals.css) styles the columns and their names. The names are plain links, navigated in
  // place by the app shell's listener (soft-links-listener.tsx), as this region asks.
  return (
    <ol className="pipeline" {...{ [SOFT_NAV_REGION]: "" }}>
      {columns.map((column) => (
        <li key={column.stage}>
          <h3>
            {column.label}
            <span>{column.count}</span>
          </h3>
          {column.count > 0 ? (
            <ul>
              {/* Keyed by position: the items hold no state. */}
              {column.names.map(([href, name, detail], n) => (
                <li key={n}>
                  {href ? (
                    <a className="link" href={href}>
                      {name}
                    </a>
                  ) : (
                    <b>{name}</b>
                  )}
                  {detail && <small>{detail}</small>}
                </li>
              ))}
              {column.count > column.names.length && (
                <li className="text-xs text-slate-600">
                  {moreHref ? (
                    <a className="link" href={moreHref}>
                      {`and ${column.count - column.names.length} more`}
                      <span className="sr-only">{` ${column.label.toLowerCase()}`}</span>
                    </a>
                  ) : (
                    `and ${column.count - column.names.length} more`
                  )}
                </li>
              )}
            </ul>
          ) : (
            <p>{emptyColumnText}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
