"use server";

import { revalidatePath } from "next/cache";
import { addJournalEntry } from "@/lib/data/student/home/journal";
import { requireStudent } from "@/lib/data/student/scope";
import { fieldErrorsOf, submittedValues, type ActionState } from "@/lib/validation/action-state";
import { JOURNAL_FORM_KEYS, journalEntrySchema } from "@/lib/validation/journal";

export async function addJournalEntryAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, JOURNAL_FORM_KEYS);
  const parsed = journalEntrySchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  await addJournalEntry(parsed.data);
  revalidatePath("/home");
  // A fresh, empty form for the next reflection.
  return { status: "success", fieldErrors: {}, values: {} };
}
