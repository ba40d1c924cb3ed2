import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addQuestionAction, deleteQuestionAction, savePitchAction } from "@/app/(student)/prepare/actions";
import { getDb } from "@/db/client";
import { questions } from "@/db/schema/index";
import {
  addQuestion,
  deleteMyQuestion,
  getMyPreparation,
  savePitch,
  type MyPreparation,
} from "@/lib/data/student/prepare/preparation";
import { QUESTION_CATEGORIES } from "@/lib/domain/vocabulary";
import { initialActionState } from "@/lib/validation/action-state";
import { pitchSchema, questionSchema } from "@/lib/validation/preparation";
import { signInAs } from "../factories/sessions";
import { createUser } from "../factories/users";
import { expectNotFound, expectRedirect } from "../support/next-errors";

const PITCH = "I am a senior studying public health, exploring data roles in hospitals.";
// One of the 25 built-in questions from migration 0004.
const BUILT_IN_TRENDS = "Which skills do you expect to matter more in this work five years from now?";

async function signedInStudent() {
  const student = await createUser({ role: "student" });
  await signInAs(student.id);
  return student;
}

async function add(text: string, category: (typeof QUESTION_CATEGORIES)[number] = "advice") {
  const result = await addQuestion({ category, text });
  if (result.status !== "created") throw new Error(result.status);
  return result.id;
}

function texts(preparation: MyPreparation, category: string) {
  return preparation.questionBank.find((g) => g.category === category)?.questions ?? [];
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("elevator pitch", () => {
  it("starts empty, and the first save creates the profile", async () => {
    await signedInStudent();
    expect(await getMyPreparation()).toMatchObject({ elevatorPitch: "", version: 0 });
    const saved = await savePitch({ elevatorPitch: PITCH, version: 0 });
    expect(saved).toMatchObject({ status: "saved", version: 1 });
    expect(await getMyPreparation()).toMatchObject({ elevatorPitch: PITCH, version: 1 });
  });

  it("updates in place and moves the version on", async () => {
    await signedInStudent();
    await savePitch({ elevatorPitch: PITCH, version: 0 });
    expect(await savePitch({ elevatorPitch: "Shorter.", version: 1 })).toMatchObject({
      status: "saved",
      version: 2,
    });
    expect(await getMyPreparation()).toMatchObject({ elevatorPitch: "Shorter.", version: 2 });
  });

  it("refuses a save from a stale version, including a second 'first save', and keeps the newer one", async () => {
    await signedInStudent();
    await savePitch({ elevatorPitch: "first tab", version: 0 });
    expect(await savePitch({ elevatorPitch: "second tab", version: 0 })).toEqual({
      status: "stale",
    });
    await savePitch({ elevatorPitch: "first tab again", version: 1 });
    expect(await savePitch({ elevatorPitch: "second tab", version: 1 })).toEqual({
      status: "stale",
    });
    expect((await getMyPreparation()).elevatorPitch).toBe("first tab again");
  });

  it("belongs to its student alone", async () => {
    await signedInStudent();
    await savePitch({ elevatorPitch: "mine", version: 0 });
    await signedInStudent();
    expect(await getMyPreparation()).toMatchObject({ elevatorPitch: "", version: 0 });
    // Another student's version number saves nothing of theirs: this student has no row at version 1.
    expect(await savePitch({ elevatorPitch: "overwrite?", version: 1 })).toEqual({
      status: "stale",
    });
  });

  it("schema refuses an over-long pitch in plain words, and carries no time zone (the profile's)", () => {
    const long = pitchSchema.safeParse({ elevatorPitch: "a".repeat(2001), version: "1" });
    expect(long.error?.issues[0]?.message).toMatch(/under 2000 characters/);
    expect(pitchSchema.parse({ elevatorPitch: ` ${PITCH} `, timeZone: "UTC", version: "3" })).toEqual({
      elevatorPitch: PITCH,
      version: 3,
    });
  });
});

describe("question bank", () => {
  it("groups the built-in TIARA questions by category, in TIARA order, marked built-in", async () => {
    await signedInStudent();
    const { questionBank } = await getMyPreparation();
    expect(questionBank.map((g) => g.category)).toEqual([...QUESTION_CATEGORIES]);
    const all = questionBank.flatMap((g) => g.questions);
    expect(all).toHaveLength(25);
    expect(all.every((q) => q.builtIn)).toBe(true);
    expect(questionBank[0]?.questions.map((q) => q.text)).toContain(BUILT_IN_TRENDS);
  });

  it("shows a student's own questions after the suggestions, and never to another student", async () => {
    await signedInStudent();
    const id = await add("What would you do first if you were starting out today?");
    const advice = texts(await getMyPreparation(), "advice");
    expect(advice.at(-1)).toEqual({
      id,
      text: "What would you do first if you were starting out today?",
      builtIn: false,
    });
    expect(advice.filter((q) => q.builtIn).length).toBeGreaterThan(0);
    await signedInStudent();
    const theirView = (await getMyPreparation()).questionBank.flatMap((g) => g.questions);
    expect(theirView.map((q) => q.id)).not.toContain(id);
    expect(theirView).toHaveLength(25);
  });

  it("refuses a duplicate of a built-in or of the student's own, ignoring case, within a category", async () => {
    await signedInStudent();
    expect(await addQuestion({ category: "trends", text: BUILT_IN_TRENDS.toUpperCase() })).toEqual({
      status: "duplicate",
    });
    await add("Who else should I be talking to?", "resources");
    expect(await addQuestion({ category: "resources", text: "who else should I be talking to?" })).toEqual({
      status: "duplicate",
    });
    // The same words under another kind are a different question.
    expect((await addQuestion({ category: "advice", text: "Who else should I be talking to?" })).status).toBe(
      "created",
    );
    // Another student's question does not block this one's.
    await signedInStudent();
    expect(
      (await addQuestion({ category: "resources", text: "Who else should I be talking to?" })).status,
    ).toBe("created");
  });

  it("adds a double-submitted question once", async () => {
    const student = await signedInStudent();
    const text = "What surprised you most in your first year?";
    const results = await Promise.all([
      addQuestion({ category: "insights", text }),
      addQuestion({ category: "insights", text }),
      addQuestion({ category: "insights", text }),
    ]);
    expect(results.filter((r) => r.status === "created")).toHaveLength(1);
    const rows = await getDb().select().from(questions).where(eq(questions.studentId, student.id));
    expect(rows).toHaveLength(1);
  });

  it("deletes the student's own question; a built-in or another student's answers 404 and stays", async () => {
    await signedInStudent();
    const theirs = await add("What do you wish you had known at my stage?");
    await signedInStudent();
    const mine = await add("What do you wish you had known at my stage?");
    await deleteMyQuestion(mine);
    expect(texts(await getMyPreparation(), "advice").map((q) => q.id)).not.toContain(mine);
    const builtIn = texts(await getMyPreparation(), "trends")[0]!.id;
    await expectNotFound(deleteMyQuestion(builtIn));
    await expectNotFound(deleteMyQuestion(theirs));
    await expectNotFound(deleteMyQuestion(mine));
    const survivors = await getDb().select({ id: questions.id }).from(questions);
    expect(survivors.map((q) => q.id)).toEqual(expect.arrayContaining([builtIn, theirs]));
  });

  it("schema asks for a real question of sensible length, one message at a time", () => {
    const messages = (text: string) =>
      questionSchema.safeParse({ category: "advice", text }).error?.issues.map((i) => i.message);
    expect(messages("")).toEqual(["Enter your question"]);
    expect(messages("Why?")).toEqual([expect.stringMatching(/at least 10 characters/)]);
    expect(messages("Tell me about your job.")).toEqual(["Write it as a question, ending with ?"]);
    expect(messages(`${"a".repeat(300)}?`)).toEqual([expect.stringMatching(/under 300 characters/)]);
    expect(questionSchema.safeParse({ category: "gossip", text: "What is going on there?" }).success).toBe(
      false,
    );
  });
});

describe.each(["advisor", "admin"] as const)("preparation for a %s", (role) => {
  it("is not theirs to read or write: every function answers 404", async () => {
    const student = await signedInStudent();
    const own = await add("What would you tell your younger self?");
    await signInAs((await createUser({ role })).id);
    await expectNotFound(getMyPreparation());
    await expectNotFound(savePitch({ elevatorPitch: "x", version: 0 }));
    await expectNotFound(addQuestion({ category: "advice", text: "Is this allowed for me?" }));
    await expectNotFound(deleteMyQuestion(own));
    const rows = await getDb().select().from(questions).where(eq(questions.studentId, student.id));
    expect(rows).toHaveLength(1);
  });
});

describe("preparation actions", () => {
  it("save the pitch and hand back the new version", async () => {
    await signedInStudent();
    const state = await savePitchAction(initialActionState, form({ elevatorPitch: PITCH, version: "0" }));
    expect(state).toMatchObject({
      status: "success",
      values: { version: "1" },
    });
  });

  it("explain an over-long pitch next to the field and echo what was typed", async () => {
    await signedInStudent();
    const typed = `keep every word of this ${"a".repeat(2000)}`;
    const state = await savePitchAction(initialActionState, form({ elevatorPitch: typed, version: "0" }));
    expect(state.status).toBe("error");
    expect(Object.keys(state.fieldErrors)).toEqual(["elevatorPitch"]);
    expect(state.values).toMatchObject({ elevatorPitch: typed });
    expect((await getMyPreparation()).version).toBe(0);
  });

  it("tell the user plainly when another tab saved first, keeping their edits", async () => {
    await signedInStudent();
    await savePitch({ elevatorPitch: "other tab", version: 0 });
    const state = await savePitchAction(
      initialActionState,
      form({ elevatorPitch: "my careful edit", version: "0" }),
    );
    expect(state.formError).toMatch(/changed in another tab.*nothing was saved.*edits are still below/);
    expect(state.values.elevatorPitch).toBe("my careful edit");
    expect((await getMyPreparation()).elevatorPitch).toBe("other tab");
  });

  it("add a question, keeping the kind and clearing the text for the next one", async () => {
    await signedInStudent();
    const state = await addQuestionAction(
      initialActionState,
      form({ category: "resources", text: "Which newsletters do people here actually read?" }),
    );
    expect(state).toEqual({ status: "success", fieldErrors: {}, values: { category: "resources" } });
    expect(texts(await getMyPreparation(), "resources").at(-1)?.builtIn).toBe(false);
  });

  it("refuse a statement or a duplicate next to the field, echoing what was typed", async () => {
    await signedInStudent();
    const statement = await addQuestionAction(
      initialActionState,
      form({ category: "advice", text: "Tell me about your career" }),
    );
    expect(statement.fieldErrors).toEqual({ text: ["Write it as a question, ending with ?"] });
    expect(statement.values).toEqual({ category: "advice", text: "Tell me about your career" });
    const duplicate = await addQuestionAction(
      initialActionState,
      form({ category: "trends", text: BUILT_IN_TRENDS }),
    );
    expect(duplicate.fieldErrors.text).toEqual([expect.stringMatching(/already in your bank/)]);
    expect(duplicate.values).toEqual({ category: "trends", text: BUILT_IN_TRENDS });
  });

  it("delete only the student's own question", async () => {
    await signedInStudent();
    const theirs = await add("What is one thing I could read this week?", "resources");
    await signedInStudent();
    const mine = await add("What is one thing I could read this week?", "resources");
    await deleteQuestionAction(form({ id: mine }));
    expect(texts(await getMyPreparation(), "resources").map((q) => q.id)).not.toContain(mine);
    await expectNotFound(deleteQuestionAction(form({ id: theirs })));
  });

  it("send a signed-out caller to sign in", async () => {
    await expectRedirect(savePitchAction(initialActionState, form({ version: "0" })), "/sign-in");
    await expectRedirect(addQuestionAction(initialActionState, form({})), "/sign-in");
    await expectRedirect(deleteQuestionAction(form({ id: "x" })), "/sign-in");
  });
});
