"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  createContact,
  deleteContact,
  findPossibleDuplicates,
  updateContact,
  type PossibleDuplicate,
} from "@/lib/data/student/contacts/contacts";
import { logFollowUp } from "@/lib/data/student/contacts/follow-ups";
import { deleteOutreach, logOutreach, recordReply } from "@/lib/data/student/contacts/outreach";
import { requireStudent } from "@/lib/data/student/scope";
import { fieldErrorsOf, submittedValues, type ActionState } from "@/lib/validation/action-state";
import { CONTACT_FORM_KEYS, createContactSchema, updateContactSchema } from "@/lib/validation/contact";
import {
  logOutreachSchema,
  logTouchSchema,
  OUTREACH_FORM_KEYS,
  recordReplySchema,
  REPLY_FORM_KEYS,
  TOUCH_FORM_KEYS,
} from "@/lib/validation/outreach";
import { parseRouteParam } from "@/lib/validation/route-params";

export async function createContactAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, [...CONTACT_FORM_KEYS, "creationKey", "confirmDuplicate"]);
  const parsed = createContactSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  // A warning, not a rule: namesakes exist, so the student can confirm and add the person anyway.
  if (values.confirmDuplicate !== "on") {
    const duplicates = await findPossibleDuplicates(parsed.data);
    if (duplicates.length > 0) {
      return { status: "error", fieldErrors: { duplicate: [duplicateMessage(duplicates)] }, values };
    }
  }
  const result = await createContact(parsed.data);
  revalidateContactPages();
  redirect(`/contacts/${result.id}?saved=1`);
}

export async function updateContactAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, [...CONTACT_FORM_KEYS, "id", "version"]);
  const parsed = updateContactSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await updateContact(parsed.data);
  if (result.status === "invalid") {
    return { status: "error", fieldErrors: { [result.field]: [result.message] }, values };
  }
  if (result.status === "stale") {
    return {
      status: "error",
      fieldErrors: {},
      formError:
        "This contact was changed in another tab since you opened it, so nothing was saved. Your edits are still below: copy what you need, then reload the page to see the latest version.",
      values,
    };
  }
  revalidateContactPages();
  return { status: "success", fieldErrors: {}, values: { ...values, version: String(result.version) } };
}

export async function deleteContactAction(formData: FormData) {
  await requireStudent();
  const id = parseRouteParam(formData.get("id"));
  if (id === null) redirect("/contacts");
  await deleteContact(id);
  revalidateContactPages();
  redirect("/contacts?deleted=1");
}

export async function logOutreachAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, [...OUTREACH_FORM_KEYS, "contactId", "creationKey"]);
  const parsed = logOutreachSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const { contactId, ...attempt } = parsed.data;
  await logOutreach(contactId, attempt);
  revalidateContactPages();
  revalidatePath("/home");
  // A fresh key and an empty message, ready for the next attempt; date and channel usually repeat.
  return {
    status: "success",
    fieldErrors: {},
    values: { sentOn: attempt.sentOn, channel: attempt.channel, creationKey: crypto.randomUUID() },
  };
}

export async function recordReplyAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, [...REPLY_FORM_KEYS, "id", "version"]);
  const parsed = recordReplySchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const { id, ...reply } = parsed.data;
  const result = await recordReply(id, reply);
  if (result.status === "invalid") {
    return { status: "error", fieldErrors: { [result.field]: [result.message] }, values };
  }
  if (result.status === "stale") {
    return {
      status: "error",
      fieldErrors: {},
      formError:
        "This message was changed in another tab since you opened it, so nothing was saved. Reload the page to see the latest version, then try again.",
      values,
    };
  }
  revalidateContactPages();
  revalidatePath("/home");
  return { status: "success", fieldErrors: {}, values: { ...values, version: String(result.version) } };
}

export async function deleteOutreachAction(formData: FormData) {
  await requireStudent();
  const id = parseRouteParam(formData.get("id"));
  if (id === null) redirect("/contacts");
  const { contactId } = await deleteOutreach(id);
  revalidateContactPages();
  revalidatePath("/home");
  redirect(`/contacts/${contactId}`);
}

/** An update ("I took your advice and …") or a keep-in-touch note, from the contact's page. */
export async function logTouchAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, [...TOUCH_FORM_KEYS, "contactId", "creationKey"]);
  const parsed = logTouchSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const input = parsed.data;
  await logFollowUp(input.contactId, {
    kind: input.kind,
    sentOn: input.touchSentOn,
    channel: input.touchChannel,
    note: input.touchNote,
    notePrivate: input.touchNotePrivate,
    creationKey: input.creationKey,
  });
  revalidateContactPages();
  revalidatePath("/home");
  return {
    status: "success",
    fieldErrors: {},
    values: {
      kind: input.kind,
      touchSentOn: input.touchSentOn,
      touchChannel: input.touchChannel,
      creationKey: crypto.randomUUID(),
    },
  };
}

// A contact shows up on the other people's pages (referral chains) and on its organization's page.
function revalidateContactPages() {
  revalidatePath("/contacts", "layout");
  revalidatePath("/research", "layout");
}

/** "You may already have Dana Reyes (Acme) — same email." One sentence per match. */
function duplicateMessage(duplicates: PossibleDuplicate[]) {
  return duplicates
    .map((d) => {
      const who = d.organizationName ? `${d.name} (${d.organizationName})` : d.name;
      const why = d.reason === "email" ? "same email" : "same name and organization";
      return `You may already have ${who} — ${why}.`;
    })
    .join(" ");
}
