import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { interviewQuestions, questions, studentProfiles } from "@/db/schema/index";
import { getAdvisorStudentView } from "@/lib/data/advisor/students/student-view";
import { assignAdvisor, createCohort, enrolStudent } from "../factories/cohorts";
import { signInAs } from "../factories/sessions";
import {
  createCareerField,
  createContact,
  createFollowUp,
  createInterview,
  createOrganization,
  createOutreachAttempt,
} from "../factories/student-records";
import { createUser } from "../factories/users";
import { expectNotFound } from "../support/next-errors";

const NOW = new Date("2026-02-01T12:00:00Z");
const SECRETS = { fieldNote: "SECRET-field-note-81aa", why: "SECRET-why-org-19bd" };

async function arrange() {
  const advisor = await createUser({ role: "advisor" });
  const student = await createUser({ role: "student", name: "Mo Method" });
  const cohort = await createCohort();
  await assignAdvisor(cohort.id, advisor.id);
  await enrolStudent(cohort.id, student.id);
  const field = await createCareerField(student.id, { name: "Health policy", notes: "Public notes" });
  await createCareerField(student.id, { name: "Design", notes: SECRETS.fieldNote, notesPrivate: true });
  await createOrganization(student.id, {
    name: "Riverside Health",
    careerFieldId: field.id,
    priority: "high",
    whyInterested: "They run the city's clinics",
  });
  await createOrganization(student.id, { name: "Quiet Org", whyInterested: SECRETS.why, notesPrivate: true });
  await getDb()
    .insert(studentProfiles)
    .values({ studentId: student.id, elevatorPitch: "I study public health and…" });
  const [own] = await getDb()
    .insert(questions)
    .values({ studentId: student.id, category: "advice", text: "What would you do in my place?" })
    .returning({ id: questions.id });
  const dana = await createContact(student.id, { name: "Dana" });
  const lee = await createContact(student.id, { name: "Lee" });
  await createOutreachAttempt(student.id, dana.id, { sentOn: "2026-01-02" });
  const thanked = await createInterview(student.id, dana.id, {
    status: "completed",
    startsAt: new Date("2026-01-12T15:00:00Z"),
    timeZone: "UTC",
  });
  await createFollowUp(student.id, dana.id, {
    kind: "thank_you",
    sentOn: "2026-01-14",
    interviewId: thanked.id,
  });
  const unthanked = await createInterview(student.id, lee.id, {
    status: "completed",
    startsAt: new Date("2026-01-20T15:00:00Z"),
    timeZone: "UTC",
  });
  await getDb()
    .insert(interviewQuestions)
    .values({ interviewId: thanked.id, questionId: own!.id, position: 0, answerNotes: "answer" });
  return { advisor, student, thanked, unthanked };
}

describe("the advisor's view of the whole method", () => {
  it("shows fields and organizations (private notes blanked), pitch, chosen questions and the six steps", async () => {
    const w = await arrange();
    await signInAs(w.advisor.id);
    const view = await getAdvisorStudentView(w.student.id, NOW);
    expect(view.careerFields.map((f) => [f.name, f.notes])).toEqual([
      ["Design", ""],
      ["Health policy", "Public notes"],
    ]);
    expect(view.organizations[0]).toMatchObject({
      name: "Riverside Health",
      careerFieldName: "Health policy",
      priority: "high",
      whyInterested: "They run the city's clinics",
    });
    expect(view.organizations.find((o) => o.name === "Quiet Org")?.whyInterested).toBe("");
    expect(JSON.stringify(view)).not.toContain(SECRETS.fieldNote);
    expect(JSON.stringify(view)).not.toContain(SECRETS.why);
    expect(view.pitch).toBe("I study public health and…");
    expect(view.ownQuestionCount).toBe(1);
    expect(view.interviews.find((i) => i.id === w.thanked.id)?.chosenQuestions).toEqual([
      "What would you do in my place?",
    ]);
    // The student's own tracker's rule: two interviews held and one thank-you, so follow-up is current.
    expect(view.steps.map((s) => [s.step, s.status])).toEqual([
      ["research", "done"],
      ["identify", "done"],
      ["prepare", "done"],
      ["contact", "done"],
      ["interview", "done"],
      ["follow-up", "current"],
    ]);
    expect(view.steps[0]!.evidence).toEqual(["2 career fields", "2 target organizations"]);
  });

  it("judges each held interview's thank-you: on time after 2 days, missing after 12", async () => {
    const w = await arrange();
    await signInAs(w.advisor.id);
    const view = await getAdvisorStudentView(w.student.id, NOW);
    expect(view.interviews.find((i) => i.id === w.thanked.id)?.thankYou).toEqual({
      state: "on-time",
      days: 2,
    });
    expect(view.interviews.find((i) => i.id === w.unthanked.id)?.thankYou).toEqual({
      state: "missing",
      daysSince: 12,
    });
  });

  it("answers an advisor of another cohort like a missing student", async () => {
    const w = await arrange();
    const outsider = await createUser({ role: "advisor" });
    const other = await createCohort();
    await assignAdvisor(other.id, outsider.id);
    await signInAs(outsider.id);
    await expectNotFound(getAdvisorStudentView(w.student.id, NOW));
  });
});
