"use client";

import { ActionForm, type FormValues } from "@/components/action-form";
import { CheckboxField } from "@/components/checkbox-field";
import { SelectField } from "@/components/select-field";
import { TextArea } from "@/components/text-area";
import { TextField } from "@/components/text-field";
import {
  CONTACT_SOURCE_LABEL,
  CONTACT_SOURCES,
  KEEP_IN_TOUCH_CADENCES,
  KEEP_IN_TOUCH_LABEL,
} from "@/lib/domain/vocabulary";
import type { ActionState } from "@/lib/validation/action-state";

export type ContactOption = { id: string; name: string };

const SOURCE_OPTIONS = CONTACT_SOURCES.map((s) => ({ value: s, label: CONTACT_SOURCE_LABEL[s] }));
const CADENCE_OPTIONS = KEEP_IN_TOUCH_CADENCES.map((c) => ({ value: c, label: KEEP_IN_TOUCH_LABEL[c] }));

export function ContactForm({
  organizations,
  people,
  ...props
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial: FormValues;
  hidden: Record<string, string>;
  submitLabel: string;
  /** The student's organizations, for "Organization". */
  organizations: ContactOption[];
  /** The student's other contacts, for "Referred by". */
  people: ContactOption[];
}) {
  const organizationOptions = [
    { value: "", label: "None" },
    ...organizations.map((o) => ({ value: o.id, label: o.name })),
  ];
  const referrerOptions = [
    { value: "", label: "Nobody" },
    ...people.map((p) => ({ value: p.id, label: p.name })),
  ];
  return (
    <ActionForm id="contact-form" {...props}>
      {(shown, errors) => (
        <>
          <TextField
            name="name"
            label="Name"
            required
            autoComplete="off"
            defaultValue={shown.name ?? ""}
            errors={errors.name}
          />
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              name="title"
              label="Title"
              hint="Their role, e.g. “Data analyst”."
              autoComplete="off"
              defaultValue={shown.title ?? ""}
              errors={errors.title}
            />
            <SelectField
              name="organizationId"
              label="Organization"
              hint="Add organizations on the Research page."
              options={organizationOptions}
              defaultValue={shown.organizationId ?? ""}
              errors={errors.organizationId}
            />
          </div>
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              name="email"
              label="Email"
              type="email"
              inputMode="email"
              autoComplete="off"
              defaultValue={shown.email ?? ""}
              errors={errors.email}
            />
            <TextField
              name="phone"
              label="Phone"
              type="tel"
              inputMode="tel"
              autoComplete="off"
              defaultValue={shown.phone ?? ""}
              errors={errors.phone}
            />
          </div>
          <TextField
            name="linkedinUrl"
            label="LinkedIn URL"
            type="url"
            inputMode="url"
            placeholder="https://www.linkedin.com/in/…"
            autoComplete="off"
            defaultValue={shown.linkedinUrl ?? ""}
            errors={errors.linkedinUrl}
          />
          <div className="grid gap-5 sm:grid-cols-2">
            <SelectField
              name="source"
              label="How I found them"
              options={SOURCE_OPTIONS}
              defaultValue={shown.source ?? "other"}
              errors={errors.source}
            />
            <SelectField
              name="referredByContactId"
              label="Referred by"
              hint="Choosing someone here records this as a referral."
              options={referrerOptions}
              defaultValue={shown.referredByContactId ?? ""}
              errors={errors.referredByContactId}
            />
          </div>
          <SelectField
            name="keepInTouchCadence"
            label="Keep in touch"
            hint="How often to remind you to send a short update."
            options={CADENCE_OPTIONS}
            defaultValue={shown.keepInTouchCadence ?? "off"}
            errors={errors.keepInTouchCadence}
          />
          <TextArea name="notes" label="Notes" defaultValue={shown.notes ?? ""} errors={errors.notes} />
          <CheckboxField
            name="notesPrivate"
            label="Keep my notes private"
            hint="Private notes are never shown to your advisor."
            defaultChecked={shown.notesPrivate === "on"}
          />
          {(errors.duplicate || shown.confirmDuplicate === "on") && (
            <DuplicateWarning message={errors.duplicate} confirmed={shown.confirmDuplicate === "on"} />
          )}
        </>
      )}
    </ActionForm>
  );
}

/**
 * Shown when the person looks like someone already saved. The message takes focus (ActionForm focuses the
 * first alert) and the checkbox right below lets the student go ahead; it stays ticked through other errors.
 */
function DuplicateWarning({ message, confirmed }: { message?: string[]; confirmed: boolean }) {
  return (
    <div className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4">
      {message && (
        <p id="duplicate-warning" role="alert" tabIndex={-1} className="text-sm font-medium text-amber-950">
          {message.join(" ")}
        </p>
      )}
      <CheckboxField
        name="confirmDuplicate"
        label="Add as a new contact anyway"
        hint="Tick this if they are a different person, then add the contact again."
        defaultChecked={confirmed}
      />
    </div>
  );
}
