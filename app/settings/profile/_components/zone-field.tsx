"use client";

import { useState, useSyncExternalStore } from "react";
import { controlClass, FieldFrame, fieldIds } from "@/components/field-frame";
import { currentZoneName, type ZoneChoices } from "@/lib/domain/time-zone-names";

const label = (zone: string) => zone.replaceAll("_", " ");

/**
 * The time zone, common zones first. With nothing chosen yet (`value` empty), the browser's own zone is
 * selected as soon as the page runs, under its current name (a browser reporting Asia/Calcutta gets
 * Asia/Kolkata).
 */
export function ZoneField({
  choices,
  value,
  errors,
}: {
  choices: ZoneChoices;
  value: string;
  errors?: string[];
}) {
  // The device's zone never changes under a page, and the server has none: null until hydrated.
  const device = useSyncExternalStore(noSubscription, browserZone, () => null);
  const detected =
    device && (choices.common.includes(device) || choices.all.includes(device)) ? device : null;
  const [chosen, setChosen] = useState(value);
  const zone = chosen || detected || "";

  const hint =
    detected && detected !== zone
      ? `Your device is set to ${label(detected)}.`
      : "Dates and “today” follow this zone.";
  const ids = fieldIds("timeZone", hint, errors);
  return (
    <FieldFrame ids={ids} label="Time zone" hint={hint} errors={errors}>
      <select
        id={ids.inputId}
        name="timeZone"
        value={zone}
        onChange={(event) => setChosen(event.target.value)}
        aria-invalid={ids.errorId ? true : undefined}
        aria-describedby={ids.describedBy}
        className={controlClass(Boolean(ids.errorId))}
      >
        {!zone && <option value="">Choose your time zone</option>}
        <optgroup label="Common">
          {choices.common.map((z) => (
            <option key={z} value={z}>
              {label(z)}
            </option>
          ))}
        </optgroup>
        <optgroup label="All time zones">
          {choices.all.map((z) => (
            <option key={z} value={z}>
              {label(z)}
            </option>
          ))}
        </optgroup>
      </select>
    </FieldFrame>
  );
}

const noSubscription = () => () => {};
const browserZone = () => currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone);
