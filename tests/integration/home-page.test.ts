import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { advisorComments, journalEntries, nudges, studentProfiles } from "@/db/schema/index";
import { getMyHome } from "@/lib/data/student/home/steps";
import { createCohort, enrolStudent } from "../factories/cohorts";
import { signInAs } from "../factories/sessions";
import { createContact, createInterview } from "../factories/student-records";
import { createUser } from "../factories/users";
import { countQueries } from "../support/query-counter";

// Home reads everything it shows in one statement: the short lists in it are cut to what the page shows,
// newest first, and belong to the signed-in student only.

const NOW = new Date("2026-11-18T15:00:00Z");
const at = (iso: string) => new Date(iso);

describe("getMyHome's lists", () => {
  it("brings the newest reflections, nudges and comments, the cohorts, in one statement", async () => {
    const advisor = await createUser({ role: "advisor", name: "Avery Advisor" });
    const me = await createUser({ role: "student", name: "Ada Student" });
    const other = await createUser({ role: "student" });
    await getDb().insert(studentProfiles).values({ studentId: me.id, timeZone: "Europe/Paris" });
    const cohort = await createCohort({ name: "Spring cohort" });
    await enrolStudent(cohort.id, me.id);
    const dana = await createContact(me.id, { name: "Dana Reyes" });
    const interview = await createInterview(me.id, dana.id, {
      status: "completed",
      startsAt: at("2026-11-10T15:00:00Z"),
    });

    await getDb()
      .insert(journalEntries)
      .values(
        ["2026-11-01", "2026-11-04", "2026-11-03", "2026-11-02"].map((entryOn) => ({
          studentId: me.id,
          entryOn,
          learned: `Learned on ${entryOn}`,
          nextSteps: "",
        })),
      );
    await getDb()
      .insert(journalEntries)
      .values({ studentId: other.id, entryOn: "2026-11-05", learned: "Not mine", nextSteps: "" });
    await getDb()
      .insert(nudges)
      .values(
        [
          { studentId: me.id, body: "Old nudge", createdAt: at("2026-10-01T10:00:00Z") },
          { studentId: me.id, body: "Fresh nudge", createdAt: at("2026-11-17T10:00:00Z") },
          { studentId: other.id, body: "Their nudge", createdAt: at("2026-11-17T11:00:00Z") },
        ].map((nudge) => ({
          ...nudge,
          cohortId: cohort.id,
          advisorId: advisor.id,
          reason: "check-in" as const,
        })),
      );
    await getDb()
      .insert(advisorComments)
      .values([
        {
          studentId: me.id,
          authorId: advisor.id,
          body: "On the whole",
          createdAt: at("2026-11-12T10:00:00Z"),
        },
        {
          studentId: me.id,
          authorId: advisor.id,
          interviewId: interview.id,
          body: "On Dana",
          createdAt: at("2026-11-13T10:00:00Z"),
        },
        { studentId: other.id, authorId: advisor.id, body: "Theirs", createdAt: at("2026-11-14T10:00:00Z") },
      ]);

    await signInAs(me.id);
    const { result: home, queries } = await countQueries(() => getMyHome(NOW));
    expect(queries).toBeLessThanOrEqual(2);
    expect(home.name).toBe("Ada Student");
    expect(home.cohorts.map((c) => c.name)).toEqual(["Spring cohort"]);
    expect(home.agenda.timeZone).toBe("Europe/Paris");
    expect(home.journal.map((e) => e.entryOn)).toEqual(["2026-11-04", "2026-11-03", "2026-11-02"]);
    expect(home.journal[0]).toMatchObject({ learned: "Learned on 2026-11-04", nextSteps: "" });
    // Two weeks of nudges: the October one has gone.
    expect(home.nudges).toEqual([
      {
        id: expect.any(String),
        body: "Fresh nudge",
        advisorName: "Avery Advisor",
        createdAt: at("2026-11-17T10:00:00Z"),
      },
    ]);
    expect(home.comments).toEqual([
      {
        id: expect.any(String),
        body: "On Dana",
        createdAt: at("2026-11-13T10:00:00Z"),
        authorName: "Avery Advisor",
        interview: { id: interview.id, contactName: "Dana Reyes" },
      },
      {
        id: expect.any(String),
        body: "On the whole",
        createdAt: at("2026-11-12T10:00:00Z"),
        authorName: "Avery Advisor",
        interview: null,
      },
    ]);
    expect(home.activity.map((a) => a.label)).toContain("Interviewed Dana Reyes");
    expect(home.nextAction.label).toBe("Send your thank-you to Dana Reyes");
  });
});
