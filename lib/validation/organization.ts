import { z } from "zod";
import { PRIORITIES } from "@/lib/domain/vocabulary";
import {
  checkbox,
  creationKey,
  formVersion,
  optionalId,
  optionalText,
  recordId,
  requiredText,
  webAddress,
} from "./fields";

export const organizationFields = z.object({
  name: requiredText("the organization's name"),
  industry: optionalText(200),
  website: webAddress("Enter a web address starting with https://"),
  whyInterested: optionalText(),
  notes: optionalText(),
  notesPrivate: checkbox,
  priority: z.enum(PRIORITIES, { error: "Choose a priority" }),
  careerFieldId: optionalId,
});

export const createOrganizationSchema = organizationFields.extend({ creationKey });
export const updateOrganizationSchema = organizationFields.extend({
  id: recordId,
  version: formVersion,
});

export type OrganizationInput = z.output<typeof organizationFields>;
export const ORGANIZATION_FORM_KEYS = [
  "name",
  "industry",
  "website",
  "whyInterested",
  "notes",
  "notesPrivate",
  "priority",
  "careerFieldId",
] as const;
