import { z } from "zod";
import { checkbox, creationKey, formVersion, optionalText, recordId, requiredText } from "./fields";

/** A field is a short label ("User research", "Public health policy"); the notes hold the detail. */
export const CAREER_FIELD_NAME_MAX_LENGTH = 100;

export const careerFieldFields = z.object({
  name: requiredText("the field's name", CAREER_FIELD_NAME_MAX_LENGTH),
  notes: optionalText(),
  notesPrivate: checkbox,
});

export const createCareerFieldSchema = careerFieldFields.extend({ creationKey });
export const updateCareerFieldSchema = careerFieldFields.extend({
  id: recordId,
  version: formVersion,
});

export type CareerFieldInput = z.output<typeof careerFieldFields>;
export const CAREER_FIELD_FORM_KEYS = ["name", "notes", "notesPrivate"] as const;
