"use client";

import { useState, type ComponentProps } from "react";
import { zoneChoices } from "@/lib/domain/time-zone-names";
import { ScheduleForm } from "./schedule-form";

/**
 * The schedule form behind a disclosure, built only once it is first opened: closed, it costs the page
 * nothing. Its time-zone picker lists some 430 zones, which made up a third of the interview page's HTML and
 * (as props) a good part of its payload, for a form most visits never open. The zone list comes from the
 * browser's own Intl, as the server's would; the server still checks the zone on save.
 */
export function ScheduleDisclosure({
  summary,
  className,
  summaryClassName,
  bodyClassName,
  form,
}: {
  summary: string;
  className?: string;
  summaryClassName: string;
  bodyClassName: string;
  form: Omit<ComponentProps<typeof ScheduleForm>, "timeZones">;
}) {
  // Kept once built, so closing the disclosure after a save does not lose "Saved." or what was typed.
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className={summaryClassName}>{summary}</summary>
      {opened && (
        <div className={bodyClassName}>
          <ScheduleForm {...form} timeZones={zoneChoices()} />
        </div>
      )}
    </details>
  );
}
