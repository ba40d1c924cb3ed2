import type { FieldErrors, FormValues } from "@/components/action-form";
import { SelectField } from "@/components/select-field";
import { TextField } from "@/components/text-field";
import { ZoneField } from "@/components/zone-field";
import type { ZoneChoices } from "@/lib/domain/time-zone-names";
import { INTERVIEW_FORMATS, INTERVIEW_FORMAT_LABEL } from "@/lib/domain/vocabulary";

const FORMAT_OPTIONS = INTERVIEW_FORMATS.map((f) => ({ value: f, label: INTERVIEW_FORMAT_LABEL[f] }));

/** Date, time, zone, format, place and length: shared by the schedule and edit forms. */
export function ScheduleFields({
  shown,
  errors,
  timeZones,
}: {
  shown: FormValues;
  errors: FieldErrors;
  timeZones: ZoneChoices;
}) {
  return (
    <>
      <div className="grid gap-5 sm:grid-cols-3">
        <TextField
          name="date"
          label="Date"
          type="date"
          required
          defaultValue={shown.date ?? ""}
          errors={errors.date}
        />
        <TextField
          name="time"
          label="Start time"
          type="time"
          required
          defaultValue={shown.time ?? ""}
          errors={errors.time}
        />
        <TextField
          name="durationMinutes"
          label="Length (minutes)"
          type="number"
          min={5}
          max={240}
          step={5}
          inputMode="numeric"
          defaultValue={shown.durationMinutes ?? "30"}
          errors={errors.durationMinutes}
        />
      </div>
      <ZoneField
        choices={timeZones}
        value={shown.timeZone ?? "UTC"}
        hint="Where the meeting time is set; the calendar file converts it for you."
        errors={errors.timeZone}
      />
      <SelectField
        name="format"
        label="Format"
        options={FORMAT_OPTIONS}
        defaultValue={shown.format ?? "video"}
        errors={errors.format}
      />
      <TextField
        name="location"
        label="Place or link"
        hint="An address, a phone number, or the video call link."
        defaultValue={shown.location ?? ""}
        errors={errors.location}
      />
    </>
  );
}
