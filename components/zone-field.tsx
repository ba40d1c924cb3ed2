"use client";

import { useState, useSyncExternalStore } from "react";
import { controlClass, FieldFrame, fieldIds } from "@/components/field-frame";
import { currentZoneName, type ZoneChoices } from "@/lib/domain/time-zone-names";

const label = (zone: string) => zone.replaceAll("_", " ");

/**
 * The one time-zone picker: common zones first, then every other, each under its current name. A value
 * saved under an old name (Asia/Calcutta) shows as the name that replaced it (Asia/Kolkata), and is saved
 * so. With `detect` and nothing chosen yet (`value` empty), the browser's own zone is selected as soon as
 * the page runs, under its current name too.
 */
export function ZoneField({
  choices,
  value,
  errors,
  name = "timeZone",
  fieldLabel = "Time zone",
  hint,
  detect = false,
}: {
  choices: ZoneChoices;
  value: string;
  errors?: string[];
  name?: string;
  fieldLabel?: string;
  /** Said under the field; by default what the zone is for, or the device's zone when it differs. */
  hint?: string;
  detect?: boolean;
}) {
  // The device's zone never changes under a page, and the server has none: null until hydrated.
  const device = useSyncExternalStore(noSubscription, browserZone, () => null);
  const known = (zone: string) => choices.common.includes(zone) || choices.all.includes(zone);
  const detected = detect && device && known(device) ? device : null;
  const [chosen, setChosen] = useState(() => currentZoneName(value.trim()));
  const zone = chosen || detected || "";
  // A zone this runtime knows but does not list (one kept from an older runtime) stays choosable.
  const extra = zone && !known(zone) ? [zone] : [];

  const shownHint =
    hint ??
    (detected && detected !== zone
      ? `Your device is set to ${label(detected)}.`
      : "Dates and “today” follow this zone.");
  const ids = fieldIds(name, shownHint, errors);
  return (
    <FieldFrame ids={ids} label={fieldLabel} hint={shownHint} errors={errors}>
      <select
        id={ids.inputId}
        name={name}
        value={zone}
        onChange={(event) => setChosen(event.target.value)}
        aria-invalid={ids.errorId ? true : undefined}
        aria-describedby={ids.describedBy}
        className={controlClass(Boolean(ids.errorId))}
      >
        {!zone && <option value="">Choose a time zone</option>}
        <optgroup label="Common">
          {[...extra, ...choices.common].map((z) => (
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
