import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addJournalEntryAction } from "@/app/(student)/home/actions";
import { getDb } from "@/db/client";
import { studentProfiles } from "@/db/schema/index";
import { addJournalEntry, listMyJournal } from "@/lib/data/student/home/journal";
import { initialActionState } from "@/lib/validation/action-state";
import { signInAs } from "../factories/sessions";
import { createUser } from "../factories/users";
import { expectNotFound } from "../support/next-errors";

describe("the reflection journal", () => {
  it("keeps each student's reflections to themselves, newest first, dated in their time zone", async () => {
    const me = await createUser();
    await getDb().insert(studentProfiles).values({ studentId: me.id, timeZone: "Asia/Tokyo" });
    await signInAs(me.id);
    await addJournalEntry(
      { learned: "Ask for advice", nextSteps: "", creationKey: randomUUID() },
      new Date("2026-11-10T12:00:00Z"),
    );
    // 16:00 UTC on the 18th is already the 19th in Tokyo.
    await addJournalEntry(
      { learned: "", nextSteps: "Email Dana", creationKey: randomUUID() },
      new Date("2026-11-18T16:00:00Z"),
    );
    expect((await listMyJournal()).map((e) => [e.entryOn, e.learned || e.nextSteps])).toEqual([
      ["2026-11-19", "Email Dana"],
      ["2026-11-10", "Ask for advice"],
    ]);

    await signInAs((await createUser()).id);
    expect(await listMyJournal()).toEqual([]);
  });

  it("adds one entry for a double-submitted form", async () => {
    await signInAs((await createUser()).id);
    const creationKey = randomUUID();
    await Promise.all([1, 2, 3].map(() => addJournalEntry({ learned: "Once", nextSteps: "", creationKey })));
    expect(await listMyJournal()).toHaveLength(1);
  });

  it("asks for something to save, next to the field, keeping what was typed", async () => {
    await signInAs((await createUser()).id);
    const form = new FormData();
    form.set("learned", "   ");
    form.set("nextSteps", "");
    form.set("creationKey", randomUUID());
    const state = await addJournalEntryAction(initialActionState, form);
    expect(state.fieldErrors.learned?.[0]).toMatch(/what you learned/);
    expect(await listMyJournal()).toEqual([]);
  });

  it.each(["advisor", "admin"] as const)("is not an %s's to read", async (role) => {
    await signInAs((await createUser({ role })).id);
    await expectNotFound(listMyJournal());
  });
});
