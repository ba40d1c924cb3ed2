import { controlClass, FieldFrame, fieldIds } from "@/components/field-frame";
import type { TimeZoneOptions } from "./time-zone-options";

export function TimeZoneSelect({
  options,
  defaultValue,
  errors,
}: {
  options: TimeZoneOptions;
  defaultValue: string;
  errors?: string[];
}) {
  const hint = "Dates and reminders are shown in this zone.";
  const ids = fieldIds("timeZone", hint, errors);
  return (
    <FieldFrame ids={ids} label="My time zone" hint={hint} errors={errors}>
      <select
        id={ids.inputId}
        name="timeZone"
        defaultValue={defaultValue}
        aria-invalid={ids.errorId ? true : undefined}
        aria-describedby={ids.describedBy}
        className={controlClass(Boolean(ids.errorId))}
      >
        <optgroup label="Common">
          {options.common.map((zone) => (
            <option key={zone.value} value={zone.value}>
              {zone.label}
            </option>
          ))}
        </optgroup>
        <optgroup label="All time zones">
          {options.all.map((zone) => (
            <option key={zone.value} value={zone.value}>
              {zone.label}
            </option>
          ))}
        </optgroup>
      </select>
    </FieldFrame>
  );
}
