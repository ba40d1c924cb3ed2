"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A disclosure whose contents are built the first time it opens, and kept from then on (so closing it after a
 * save keeps "Saved." and what was typed): a form behind a closed <details> costs the page nothing until
 * asked for. The contact page has one per message sent ("Record their answer") and one for notes. Opened
 * before the page's script ran, it fills in as soon as it does.
 */
export function LazyDetails({
  summary,
  className,
  summaryClassName,
  bodyClassName,
  children,
}: {
  summary: ReactNode;
  className?: string;
  summaryClassName: string;
  bodyClassName: string;
  children: ReactNode;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (details.current?.open) setOpened(true);
  }, []);
  return (
    <details
      ref={details}
      className={className}
      onToggle={(event) => event.currentTarget.open && setOpened(true)}
    >
      <summary className={summaryClassName}>{summary}</summary>
      {opened && <div className={bodyClassName}>{children}</div>}
    </details>
  );
}
