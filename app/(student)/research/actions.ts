"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  createCareerField,
  deleteCareerField,
  updateCareerField,
} from "@/lib/data/student/research/career-fields";
import { requireStudent } from "@/lib/data/student/scope";
import {
  createOrganization,
  deleteOrganization,
  updateOrganization,
} from "@/lib/data/student/research/organizations";
import { fieldErrorsOf, submittedValues, type ActionState } from "@/lib/validation/action-state";
import {
  CAREER_FIELD_FORM_KEYS,
  createCareerFieldSchema,
  updateCareerFieldSchema,
} from "@/lib/validation/career-field";
import {
  createOrganizationSchema,
  ORGANIZATION_FORM_KEYS,
  updateOrganizationSchema,
} from "@/lib/validation/organization";
import { parseRouteParam } from "@/lib/validation/route-params";

const DUPLICATE_NAME = { name: ["You already have an organization with this name."] };
const DUPLICATE_FIELD_NAME = { name: ["You already have a career field with this name."] };

export async function createOrganizationAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, [...ORGANIZATION_FORM_KEYS, "creationKey"]);
  const parsed = createOrganizationSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await createOrganization(parsed.data);
  if (result.status === "duplicate-name") return { status: "error", fieldErrors: DUPLICATE_NAME, values };
  revalidatePath("/research");
  redirect(`/research/organizations/${result.id}?saved=1`);
}

export async function updateOrganizationAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, [...ORGANIZATION_FORM_KEYS, "id", "version"]);
  const parsed = updateOrganizationSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await updateOrganization(parsed.data);
  if (result.status === "duplicate-name") return { status: "error", fieldErrors: DUPLICATE_NAME, values };
  if (result.status === "stale") {
    return {
      status: "error",
      fieldErrors: {},
      formError:
        "This organization was changed in another tab since you opened it, so nothing was saved. Your edits are still below: copy what you need, then reload the page to see the latest version.",
      values,
    };
  }
  revalidatePath("/research");
  return { status: "success", fieldErrors: {}, values: { ...values, version: String(result.version) } };
}

export async function deleteOrganizationAction(formData: FormData) {
  await requireStudent();
  const id = parseRouteParam(formData.get("id"));
  if (id === null) redirect("/research");
  await deleteOrganization(id);
  revalidatePath("/research");
  redirect("/research?deleted=1");
}

export async function createCareerFieldAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, [...CAREER_FIELD_FORM_KEYS, "creationKey"]);
  const parsed = createCareerFieldSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await createCareerField(parsed.data);
  if (result.status === "duplicate-name") {
    return { status: "error", fieldErrors: DUPLICATE_FIELD_NAME, values };
  }
  revalidateCareerFieldPages();
  // An empty form with a fresh key, ready for the next field.
  return { status: "success", fieldErrors: {}, values: { creationKey: crypto.randomUUID() } };
}

export async function updateCareerFieldAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, [...CAREER_FIELD_FORM_KEYS, "id", "version"]);
  const parsed = updateCareerFieldSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await updateCareerField(parsed.data);
  if (result.status === "duplicate-name") {
    return { status: "error", fieldErrors: DUPLICATE_FIELD_NAME, values };
  }
  if (result.status === "stale") {
    return {
      status: "error",
      fieldErrors: {},
      formError:
        "This career field was changed in another tab since you opened it, so nothing was saved. Your edits are still below: copy what you need, then reload the page to see the latest version.",
      values,
    };
  }
  revalidateCareerFieldPages();
  return { status: "success", fieldErrors: {}, values: { ...values, version: String(result.version) } };
}

export async function deleteCareerFieldAction(formData: FormData) {
  await requireStudent();
  const id = parseRouteParam(formData.get("id"));
  if (id === null) redirect("/research");
  await deleteCareerField(id);
  revalidateCareerFieldPages();
  redirect("/research?fieldDeleted=1");
}

// A field's name also shows on its organizations' pages (and in their "Career field" choice).
function revalidateCareerFieldPages() {
  revalidatePath("/research", "layout");
}
