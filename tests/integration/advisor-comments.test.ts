import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { describe, expect, it, vi } from "vitest";
import { addCommentAction } from "@/app/advisor/students/[studentId]/actions";
import { getDb } from "@/db/client";
import { advisorComments, auditEvents } from "@/db/schema/index";
import { addComment, listMyAdvisorComments } from "@/lib/data/advisor/students/comments";
import { getAdvisorInterview } from "@/lib/data/advisor/students/student-interview";
import { getAdvisorStudentView } from "@/lib/data/advisor/students/student-view";
import { initialActionState } from "@/lib/validation/action-state";
import { commentSchema } from "@/lib/validation/comment";
import { assignAdvisor, createCohort, enrolStudent } from "../factories/cohorts";
import { signInAs } from "../factories/sessions";
import { createContact, createInterview } from "../factories/student-records";
import { createUser } from "../factories/users";
import { expectNotFound } from "../support/next-errors";

async function arrange() {
  const advisor = await createUser({ role: "advisor", name: "Avery Advisor" });
  const student = await createUser({ role: "student" });
  const classmate = await createUser({ role: "student" });
  const cohort = await createCohort();
  await assignAdvisor(cohort.id, advisor.id);
  await enrolStudent(cohort.id, student.id);
  await enrolStudent(cohort.id, classmate.id);
  const contact = await createContact(student.id, { name: "Dana Lee" });
  const interview = await createInterview(student.id, contact.id);
  const theirContact = await createContact(classmate.id);
  const theirInterview = await createInterview(classmate.id, theirContact.id);
  return { advisor, student, classmate, cohort, interview, theirInterview };
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

function commentsOn(studentId: string) {
  return getDb()
    .select({ body: advisorComments.body, interviewId: advisorComments.interviewId })
    .from(advisorComments)
    .where(eq(advisorComments.studentId, studentId));
}

function auditActions(studentId: string) {
  return getDb()
    .select({
      actorId: auditEvents.actorId,
      actorRole: auditEvents.actorRole,
      action: auditEvents.action,
      basisCohortId: auditEvents.basisCohortId,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .where(eq(auditEvents.subjectUserId, studentId));
}

describe("an advisor's comment on a student", () => {
  it("reaches the student with the author's name, and nobody else", async () => {
    const { advisor, student, classmate, cohort } = await arrange();
    await signInAs(advisor.id);
    await addComment({
      creationKey: randomUUID(),
      studentId: student.id,
      interviewId: null,
      body: "Great start on outreach!",
    });
    expect(await auditActions(student.id)).toEqual([
      {
        actorId: advisor.id,
        actorRole: "advisor",
        action: "student.comment",
        basisCohortId: cohort.id,
        details: null,
      },
    ]);
    const view = await getAdvisorStudentView(student.id);
    expect(view.comments).toMatchObject([
      { body: "Great start on outreach!", authorName: "Avery Advisor", interview: null },
    ]);

    await signInAs(student.id);
    expect(await listMyAdvisorComments()).toMatchObject([
      { body: "Great start on outreach!", authorName: "Avery Advisor", interview: null },
    ]);

    await signInAs(classmate.id);
    expect(await listMyAdvisorComments()).toEqual([]);
  });

  it("on an interview: shown on that interview for both sides, linked from the student's list", async () => {
    const { advisor, student, cohort, interview } = await arrange();
    await signInAs(advisor.id);
    await addComment({
      creationKey: randomUUID(),
      studentId: student.id,
      interviewId: interview.id,
      body: "Ask about their path.",
    });
    await addComment({
      creationKey: randomUUID(),
      studentId: student.id,
      interviewId: null,
      body: "Keep going.",
    });
    expect(
      (await auditActions(student.id)).map((row) => [row.action, row.basisCohortId, row.details]),
    ).toEqual(
      expect.arrayContaining([
        ["interview.comment", cohort.id, { interviewId: interview.id }],
        ["student.comment", cohort.id, null],
      ]),
    );

    const detail = await getAdvisorInterview(student.id, interview.id);
    expect(detail.comments.map((c) => c.body)).toEqual(["Ask about their path."]);

    await signInAs(student.id);
    expect(await listMyAdvisorComments({ interviewId: interview.id })).toMatchObject([
      { body: "Ask about their path.", interview: { id: interview.id, contactName: "Dana Lee" } },
    ]);
    expect((await listMyAdvisorComments()).map((c) => c.body).sort()).toEqual([
      "Ask about their path.",
      "Keep going.",
    ]);
  });

  it("answers an interview of another student like a missing one, and saves nothing", async () => {
    const { advisor, student, theirInterview } = await arrange();
    await signInAs(advisor.id);
    await expectNotFound(
      addComment({
        creationKey: randomUUID(),
        studentId: student.id,
        interviewId: theirInterview.id,
        body: "Wrong place",
      }),
    );
    await expectNotFound(
      addComment({
        creationKey: randomUUID(),
        studentId: student.id,
        interviewId: randomUUID(),
        body: "Nowhere",
      }),
    );
    expect(await commentsOn(student.id)).toEqual([]);
  });

  it.each([
    ["an advisor not assigned to the cohort", "advisor"],
    ["a student", "student"],
    ["an admin", "admin"],
  ] as const)("refuses %s like an unknown student", async (_who, role) => {
    const { student } = await arrange();
    await signInAs((await createUser({ role })).id);
    await expectNotFound(
      addComment({ creationKey: randomUUID(), studentId: student.id, interviewId: null, body: "Hello" }),
    );
    await expectNotFound(
      addComment({ creationKey: randomUUID(), studentId: randomUUID(), interviewId: null, body: "Hello" }),
    );
    expect(await commentsOn(student.id)).toEqual([]);
    expect(await auditActions(student.id)).toEqual([]);
  });

  it("refuses the student themself, even on their own interview", async () => {
    const { student, interview } = await arrange();
    await signInAs(student.id);
    await expectNotFound(
      addComment({
        creationKey: randomUUID(),
        studentId: student.id,
        interviewId: interview.id,
        body: "Self",
      }),
    );
  });
});

describe("the comment form", () => {
  it("trims, and refuses an empty or overlong comment", () => {
    const creationKey = randomUUID();
    expect(commentSchema.parse({ studentId: "s", interviewId: "", body: "  Nice  ", creationKey })).toEqual({
      studentId: "s",
      interviewId: null,
      body: "Nice",
      creationKey,
    });
    expect(commentSchema.safeParse({ studentId: "s", body: "   " }).success).toBe(false);
    expect(commentSchema.safeParse({ studentId: "s", body: "x".repeat(4001) }).success).toBe(false);
  });

  it("keeps the text when the save fails validation, and clears it after a save", async () => {
    const { advisor, student, interview } = await arrange();
    await signInAs(advisor.id);
    const tooLong = "x".repeat(4001);
    const failed = await addCommentAction(
      initialActionState,
      form({ studentId: student.id, interviewId: "", body: tooLong, creationKey: randomUUID() }),
    );
    expect(failed.status).toBe("error");
    expect(failed.fieldErrors.body).toBeDefined();
    expect(failed.values.body).toBe(tooLong);

    const key = randomUUID();
    const saved = await addCommentAction(
      initialActionState,
      form({ studentId: student.id, interviewId: interview.id, body: "Well prepared.", creationKey: key }),
    );
    expect(saved).toMatchObject({
      status: "success",
      fieldErrors: {},
      values: { creationKey: expect.any(String) },
    });
    expect(Object.keys(saved.values)).toEqual(["creationKey"]);
    expect(saved.values.creationKey).not.toBe(key);
    expect(await commentsOn(student.id)).toEqual([{ body: "Well prepared.", interviewId: interview.id }]);
    expect(vi.mocked(revalidatePath)).toHaveBeenCalledWith(
      `/advisor/students/${student.id}/interviews/${interview.id}`,
    );
  });

  it("reports a missing student id as a form error, not a field error", async () => {
    const { advisor } = await arrange();
    await signInAs(advisor.id);
    const state = await addCommentAction(
      initialActionState,
      form({ body: "Hello", creationKey: randomUUID() }),
    );
    expect(state).toMatchObject({
      status: "error",
      formError: "Reload the page and try again.",
      fieldErrors: {},
    });
    expect(state.values.body).toBe("Hello");
  });
});

describe("a double submit of one comment form", () => {
  it("posts one comment, and both submits answer it", async () => {
    const { advisor, student, interview } = await arrange();
    await signInAs(advisor.id);
    const input = {
      studentId: student.id,
      interviewId: interview.id,
      body: "Clicked twice.",
      creationKey: randomUUID(),
    };
    const [first, second] = await Promise.all([addComment(input), addComment(input)]);
    expect(second.id).toBe(first.id);
    expect(await commentsOn(student.id)).toEqual([{ body: "Clicked twice.", interviewId: interview.id }]);
  });

  it("through the action too: two identical posts make one comment", async () => {
    const { advisor, student } = await arrange();
    await signInAs(advisor.id);
    const fields = { studentId: student.id, interviewId: "", body: "Once only.", creationKey: randomUUID() };
    const states = await Promise.all([
      addCommentAction(initialActionState, form(fields)),
      addCommentAction(initialActionState, form(fields)),
    ]);
    expect(states.map((s) => s.status)).toEqual(["success", "success"]);
    expect(await commentsOn(student.id)).toEqual([{ body: "Once only.", interviewId: null }]);
  });

  it("makes a second comment for a new key", async () => {
    const { advisor, student } = await arrange();
    await signInAs(advisor.id);
    const first = await addComment({
      studentId: student.id,
      interviewId: null,
      body: "Again",
      creationKey: randomUUID(),
    });
    const second = await addComment({
      studentId: student.id,
      interviewId: null,
      body: "Again",
      creationKey: randomUUID(),
    });
    expect(second.id).not.toBe(first.id);
    expect(await commentsOn(student.id)).toHaveLength(2);
  });

  it("never matches another advisor's key, nor this advisor's key on another student", async () => {
    const { advisor, student, classmate, cohort } = await arrange();
    const colleague = await createUser({ role: "advisor" });
    await assignAdvisor(cohort.id, colleague.id);
    const creationKey = randomUUID();
    await signInAs(advisor.id);
    const mine = await addComment({ studentId: student.id, interviewId: null, body: "Mine", creationKey });
    const onClassmate = await addComment({
      studentId: classmate.id,
      interviewId: null,
      body: "Other",
      creationKey,
    });
    await signInAs(colleague.id);
    const theirs = await addComment({
      studentId: student.id,
      interviewId: null,
      body: "Theirs",
      creationKey,
    });
    expect(new Set([mine.id, onClassmate.id, theirs.id]).size).toBe(3);
    const rows = await getDb()
      .select({ body: advisorComments.body, authorId: advisorComments.authorId })
      .from(advisorComments)
      .where(eq(advisorComments.studentId, student.id));
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        { body: "Mine", authorId: advisor.id },
        { body: "Theirs", authorId: colleague.id },
      ]),
    );
    expect(await commentsOn(classmate.id)).toEqual([{ body: "Other", interviewId: null }]);
  });
});
