import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { cohortGoals, cohortJoinCodes, outcomes, questions, users } from "@/db/schema/index";
import { exportAuditEventsCsv, listAuditEvents } from "@/lib/data/admin/audit-log";
import { listViewsOfMyRecords } from "@/lib/data/student/my-data/record-views";
import {
  getMyCalendarFeed,
  resetMyCalendarFeed,
  turnOffMyCalendarFeed,
} from "@/lib/data/student/calendar-feed";
import {
  assignAdvisorToCohort,
  createCohort,
  getCohortForAdmin,
  listCohorts,
  setCohortArchived,
  unassignAdvisorFromCohort,
  updateCohort,
} from "@/lib/data/admin/cohorts";
import { listDigestRecipients, previewDigest, sendTestDigestToMyself } from "@/lib/data/admin/digest-preview";
import { listDigestProblems } from "@/lib/data/admin/digest-problems";
import { getInstanceSettings, updateInstanceSettings } from "@/lib/data/admin/instance-settings";
import { previewRetentionPurge } from "@/lib/data/admin/retention";
import {
  invitePerson,
  inviteRoster,
  listPendingInvites as adminListPendingInvites,
  previewRosterInvites,
  revokeInvite as adminRevokeInvite,
} from "@/lib/data/admin/invites";
import { getAdminOverview } from "@/lib/data/admin/overview";
import {
  changeRole,
  changeRoles,
  listPeople,
  prepareInviteResend,
  setPeopleActive,
  setPersonActive,
} from "@/lib/data/admin/people";
import { listVisibleStudents, requireAssignedCohort, requireStudentAccess } from "@/lib/data/advisor/access";
import { exportCohortDashboardCsv, getCohortDashboard } from "@/lib/data/advisor/cohorts/dashboard";
import { requireEditableCohort } from "@/lib/data/advisor/cohorts/editable-cohort";
import { createJoinCode, listActiveJoinCodes, revokeJoinCode } from "@/lib/data/advisor/cohorts/join-codes";
import {
  listPendingInvites as listCohortPendingInvites,
  revokeInvite as revokeCohortInvite,
} from "@/lib/data/advisor/cohorts/pending-invites";
import { importRoster, previewRoster } from "@/lib/data/advisor/cohorts/roster";
import {
  addCohortGoal,
  getCohortSettings,
  listCohortGoals,
  removeCohortGoal,
  updateCohortSettings,
} from "@/lib/data/advisor/cohorts/settings";
import { listMyCohorts } from "@/lib/data/advisor/my-cohorts";
import { exportTermReportCsv, getTermReport } from "@/lib/data/advisor/cohorts/term-report";
import { addComment, listMyAdvisorComments } from "@/lib/data/advisor/students/comments";
import { getAdvisorInterview } from "@/lib/data/advisor/students/student-interview";
import { getAdvisorStudentView } from "@/lib/data/advisor/students/student-view";
import { recordOutcomeForStudent } from "@/lib/data/advisor/students/outcomes";
import {
  getNudgeDraft,
  getStudentFollowUp,
  markAttentionHandled,
  sendNudges,
} from "@/lib/data/advisor/students/nudges";
import { listMyNudges } from "@/lib/data/student/home/nudges";
import {
  createOutcome,
  deleteOutcome,
  listMyOutcomeChoices,
  listMyOutcomes,
  updateOutcome,
} from "@/lib/data/student/outcomes/outcomes";
import { getMyDigestPreferences, updateMyDigestPreferences } from "@/lib/data/digests/preferences";
import {
  createContact,
  deleteContact,
  findPossibleDuplicates,
  getMyContact,
  listMyContacts,
  updateContact,
} from "@/lib/data/student/contacts/contacts";
import { logFollowUp, recordThankYou } from "@/lib/data/student/contacts/follow-ups";
import {
  deleteOutreach,
  getOutreachPanel,
  logOutreach,
  recordReply,
} from "@/lib/data/student/contacts/outreach";
import { getReferralChain, getReferralNetwork } from "@/lib/data/student/contacts/referrals";
import { getContactPage } from "@/lib/data/student/contacts/contact-page";
import { getInterviewPage } from "@/lib/data/student/interviews/interview-page";
import { getMyAgenda } from "@/lib/data/student/home/agenda";
import { addJournalEntry, listMyJournal } from "@/lib/data/student/home/journal";
import { getStudentOverview } from "@/lib/data/student/home/overview";
import { listMyRecentActivity } from "@/lib/data/student/home/recent-activity";
import { getMyHome } from "@/lib/data/student/home/steps";
import { getMyProfile, saveMyProfile, saveMyWelcome } from "@/lib/data/student/profile/profile";
import {
  chooseInterviewQuestions,
  listQuestionChoices,
} from "@/lib/data/student/interviews/interview-questions";
import { addReferralFromInterview } from "@/lib/data/student/interviews/interview-referral";
import {
  getMyInterview,
  getMyTimeZone,
  getSchedulingContact,
  listMyInterviews,
  recordInterviewNotes,
  scheduleInterview,
  updateInterviewDetails,
} from "@/lib/data/student/interviews/interviews";
import { importContacts, previewContactImport } from "@/lib/data/student/my-data/contact-import";
import { exportMyData, exportMyDataCsvZip } from "@/lib/data/student/my-data/export";
import { deleteMyAccount } from "@/lib/data/student/account/delete-account";
import {
  addQuestion,
  deleteMyQuestion,
  getMyPreparation,
  savePitch,
} from "@/lib/data/student/prepare/preparation";
import {
  createCareerField,
  deleteCareerField,
  getMyCareerField,
  listMyCareerFields,
  updateCareerField,
} from "@/lib/data/student/research/career-fields";
import {
  createOrganization,
  deleteOrganization,
  getMyOrganization,
  listMyOrganizations,
  updateOrganization,
} from "@/lib/data/student/research/organizations";
import { requireStudent } from "@/lib/data/student/scope";
import { DEFAULT_DASHBOARD_VIEW } from "@/lib/domain/cohort-dashboard";
import { cohortFields } from "@/lib/validation/admin-cohort";
import { auditLogFilterSchema } from "@/lib/validation/audit-log";
import { peopleFilterSchema } from "@/lib/validation/admin-people";
import { careerFieldFields } from "@/lib/validation/career-field";
import { contactFields } from "@/lib/validation/contact";
import { digestPreferencesSchema } from "@/lib/validation/digest-preferences";
import { organizationFields } from "@/lib/validation/organization";
import { assignAdvisor, createCohort as insertCohort, enrolStudent } from "../factories/cohorts";
import { createInvite } from "../factories/invites";
import { signInAs } from "../factories/sessions";
import {
  createCareerField as insertCareerField,
  createContact as insertContact,
  createInterview as insertInterview,
  createOrganization as insertOrganization,
  createOutreachAttempt as insertOutreachAttempt,
} from "../factories/student-records";
import { createUser, uniqueEmail } from "../factories/users";
import { resetRequest } from "../setup/next-request";
import { expectNotFound, expectRedirect } from "../support/next-errors";

// Decisions 001 and 004: authorization is tested once, against lib/data, as roles × functions. Every
// function exported by a lib/data module has a row here, found by reading the modules themselves, so a new
// export without a row fails this file. A row either names the one caller that must succeed and the callers
// that must be refused, or says why the function is exempt (lib/data/internal/, an `unsafe…` name, pure
// code, or a capability such as an unsubscribe token). Refused means what a user would see: another
// student's record, the wrong role or an advisor outside the cohort meet the same 404 as a missing record;
// a deactivated or signed-out caller is sent to sign in.

type Actor = "owner" | "otherStudent" | "advisor" | "outsideAdvisor" | "admin" | "deactivated" | "signedOut";
type Refusal = "not-found" | "sign-in";

type World = {
  owner: { id: string; email: string };
  otherStudent: { id: string };
  advisor: { id: string };
  outsideAdvisor: { id: string };
  admin: { id: string };
  cohortId: string;
};

type Checked = {
  /** Makes the records this row's calls need (fresh each run, so a delete cannot break another row). */
  arrange?: (w: World) => Promise<Record<string, string>>;
  call: (w: World, ids: Record<string, string>) => Promise<unknown>;
  allowed: Exclude<Actor, "deactivated" | "signedOut">;
  refused: Partial<Record<Actor, Refusal>>;
};
type Row = Checked | { exempt: string };

const signInRefusals = { deactivated: "sign-in", signedOut: "sign-in" } as const;
const staffRefusals = { advisor: "not-found", outsideAdvisor: "not-found", admin: "not-found" } as const;

/** The student's own records, reached by id: another student's id answers like a missing one. */
function ownRecord(call: Checked["call"], arrange?: Checked["arrange"]): Checked {
  return {
    arrange,
    call,
    allowed: "owner",
    refused: { otherStudent: "not-found", ...staffRefusals, ...signInRefusals },
  };
}
/** The student's own list or a new record: there is no id to misuse, so another student simply gets theirs. */
function ownList(call: Checked["call"], arrange?: Checked["arrange"]): Checked {
  return { arrange, call, allowed: "owner", refused: { ...staffRefusals, ...signInRefusals } };
}
/** The advisor's cohort or one of its students: outside the cohort, or in another role, is a 404. */
function assignedCohort(call: Checked["call"], arrange?: Checked["arrange"]): Checked {
  return {
    arrange,
    call,
    allowed: "advisor",
    refused: { outsideAdvisor: "not-found", owner: "not-found", admin: "not-found", ...signInRefusals },
  };
}
/** The advisor's own list: another advisor gets theirs; other roles are a 404. */
function advisorList(call: Checked["call"]): Checked {
  return { call, allowed: "advisor", refused: { owner: "not-found", admin: "not-found", ...signInRefusals } };
}
function adminOnly(call: Checked["call"], arrange?: Checked["arrange"]): Checked {
  return {
    arrange,
    call,
    allowed: "admin",
    refused: { owner: "not-found", advisor: "not-found", ...signInRefusals },
  };
}
/** Anyone signed in, about themselves. */
function anyViewer(call: Checked["call"]): Checked {
  return { call, allowed: "owner", refused: signInRefusals };
}

const INTERNAL = "lib/data/internal/: called only by lib/data, which checks the viewer first; lint fences it";
const UNSAFE = "unsafe…: no viewer exists (sign-in, jobs, the demo mailbox); the comment says what guards it";
const PURE = "pure: reads no data";
const CAPABILITY = "the token or join code in the URL is the capability; outcomes per caller are values";

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const contact = (w: World) => insertContact(w.owner.id).then((c) => ({ contactId: c.id }));
const interview = async (w: World) => {
  const c = await insertContact(w.owner.id);
  const i = await insertInterview(w.owner.id, c.id, { status: "completed" });
  return { contactId: c.id, interviewId: i.id };
};

const MATRIX: Record<string, Row> = {
  "student/calendar-feed#getMyCalendarFeed": ownList(() => getMyCalendarFeed()),
  "student/calendar-feed#resetMyCalendarFeed": ownList(() => resetMyCalendarFeed()),
  "student/calendar-feed#turnOffMyCalendarFeed": ownList(() => turnOffMyCalendarFeed()),
  // admin/
  "admin/audit-log#listAuditEvents": adminOnly(() => listAuditEvents(auditLogFilterSchema.parse({}))),
  "admin/audit-log#exportAuditEventsCsv": adminOnly(() =>
    exportAuditEventsCsv(auditLogFilterSchema.parse({}), (action) => action),
  ),
  "student/my-data/record-views#listViewsOfMyRecords": ownList(() => listViewsOfMyRecords()),
  "admin/cohorts#listCohorts": adminOnly(() => listCohorts()),
  "admin/cohorts#getCohortForAdmin": adminOnly((w) => getCohortForAdmin(w.cohortId)),
  "admin/cohorts#createCohort": adminOnly(() =>
    createCohort(
      cohortFields.parse({ name: `Matrix ${randomUUID()}`, term: "T", startsOn: day(0), endsOn: day(30) }),
    ),
  ),
  "admin/cohorts#updateCohort": adminOnly(
    (_w, ids) =>
      updateCohort({
        id: ids.cohortId!,
        version: 1,
        name: `M ${randomUUID()}`,
        term: "T",
        startsOn: day(0),
        endsOn: day(9),
      }),
    async () => ({ cohortId: (await insertCohort()).id }),
  ),
  "admin/cohorts#setCohortArchived": adminOnly(
    (_w, ids) => setCohortArchived(ids.cohortId!, true),
    async () => ({ cohortId: (await insertCohort()).id }),
  ),
  "admin/cohorts#assignAdvisorToCohort": adminOnly(
    (_w, ids) => assignAdvisorToCohort({ cohortId: ids.cohortId!, advisorId: ids.advisorId! }),
    async () => ({
      cohortId: (await insertCohort()).id,
      advisorId: (await createUser({ role: "advisor" })).id,
    }),
  ),
  "admin/cohorts#unassignAdvisorFromCohort": adminOnly(
    (_w, ids) => unassignAdvisorFromCohort({ cohortId: ids.cohortId!, advisorId: ids.advisorId! }),
    async () => {
      const cohort = await insertCohort();
      const advisor = await createUser({ role: "advisor" });
      await assignAdvisor(cohort.id, advisor.id);
      return { cohortId: cohort.id, advisorId: advisor.id };
    },
  ),
  "admin/digest-preview#currentWeekStart": { exempt: PURE },
  "admin/digest-preview#listDigestRecipients": adminOnly(() => listDigestRecipients()),
  "admin/digest-preview#previewDigest": adminOnly((w) =>
    previewDigest({ userId: w.owner.id, kind: "student" }),
  ),
  "admin/digest-preview#sendTestDigestToMyself": adminOnly((w) =>
    sendTestDigestToMyself({ userId: w.owner.id, kind: "student" }),
  ),
  "admin/digest-problems#listDigestProblems": adminOnly(() => listDigestProblems()),
  "admin/instance-settings#getInstanceSettings": adminOnly(() => getInstanceSettings()),
  "admin/retention#previewRetentionPurge": adminOnly(() => previewRetentionPurge()),
  "admin/instance-settings#updateInstanceSettings": adminOnly(() =>
    // A stale version saves nothing, so the row leaves the instance's rules as they were.
    updateInstanceSettings({
      allowedEmailDomains: [],
      thankYouDueBusinessDays: 1,
      thankYouOverdueDays: 7,
      digestWeekday: 1,
      version: -1,
    }),
  ),
  "admin/invites#invitePerson": adminOnly(() =>
    invitePerson({ email: uniqueEmail("invitee"), role: "student", cohortId: null }),
  ),
  "admin/invites#previewRosterInvites": adminOnly(() =>
    previewRosterInvites(
      [{ line: 1, raw: "x@example.test", email: "x@example.test", name: null, status: "ok" }],
      {
        role: "student",
        cohortId: null,
      },
    ),
  ),
  "admin/invites#inviteRoster": adminOnly(() =>
    inviteRoster({ role: "student", cohortId: null, emails: [uniqueEmail("roster")] }),
  ),
  "admin/invites#listPendingInvites": adminOnly(() => adminListPendingInvites()),
  "admin/invites#revokeInvite": adminOnly(
    (_w, ids) => adminRevokeInvite(ids.inviteId!),
    async () => ({ inviteId: (await createInvite({ email: uniqueEmail("revoke") })).id }),
  ),
  "admin/overview#getAdminOverview": adminOnly(() => getAdminOverview()),
  "admin/people#listPeople": adminOnly(() => listPeople(peopleFilterSchema.parse({}))),
  "admin/people#changeRole": adminOnly(
    (_w, ids) => changeRole({ userId: ids.userId!, role: "advisor" }),
    async () => ({ userId: (await createUser()).id }),
  ),
  "admin/people#changeRoles": adminOnly(
    (_w, ids) => changeRoles({ userIds: [ids.userId!], role: "advisor" }),
    async () => ({ userId: (await createUser()).id }),
  ),
  "admin/people#setPeopleActive": adminOnly(
    (_w, ids) => setPeopleActive({ userIds: [ids.userId!], active: false }),
    async () => ({ userId: (await createUser()).id }),
  ),
  "admin/people#prepareInviteResend": adminOnly(
    (_w, ids) => prepareInviteResend(ids.userId!),
    async () => ({ userId: (await createUser()).id }),
  ),
  "admin/people#setPersonActive": adminOnly(
    (_w, ids) => setPersonActive({ userId: ids.userId!, active: false }),
    async () => ({ userId: (await createUser()).id }),
  ),

  // advisor/
  "advisor/access#listVisibleStudents": advisorList(() => listVisibleStudents()),
  "advisor/access#unsafeFindAccessBasis": { exempt: UNSAFE },
  "advisor/access#requireStudentAccess": assignedCohort((w) =>
    requireStudentAccess(w.owner.id, "student.view"),
  ),
  "advisor/access#requireAssignedCohort": assignedCohort((w) => requireAssignedCohort(w.cohortId)),
  "advisor/cohorts/dashboard#getCohortDashboard": assignedCohort((w) =>
    getCohortDashboard(w.cohortId, DEFAULT_DASHBOARD_VIEW, 1),
  ),
  "advisor/cohorts/dashboard#exportCohortDashboardCsv": assignedCohort((w) =>
    exportCohortDashboardCsv(w.cohortId, DEFAULT_DASHBOARD_VIEW),
  ),
  "advisor/cohorts/term-report#getTermReport": assignedCohort((w) => getTermReport(w.cohortId, null)),
  "advisor/cohorts/term-report#exportTermReportCsv": assignedCohort((w) =>
    exportTermReportCsv(w.cohortId, null),
  ),
  "advisor/cohorts/editable-cohort#requireEditableCohort": assignedCohort((w) =>
    requireEditableCohort(w.cohortId),
  ),
  "advisor/cohorts/join-codes#joinLinkFor": { exempt: PURE },
  "advisor/cohorts/join-codes#createJoinCode": assignedCohort((w) =>
    createJoinCode(w.cohortId, { expiresInDays: 7, creationKey: randomUUID() }),
  ),
  "advisor/cohorts/join-codes#listActiveJoinCodes": assignedCohort((w) => listActiveJoinCodes(w.cohortId)),
  "advisor/cohorts/join-codes#revokeJoinCode": assignedCohort(
    (w, ids) => revokeJoinCode(w.cohortId, ids.joinCodeId!),
    async (w) => {
      const [row] = await getDb()
        .insert(cohortJoinCodes)
        .values({
          cohortId: w.cohortId,
          code: randomUUID().slice(0, 8).toUpperCase(),
          expiresAt: new Date(Date.now() + 86_400_000),
        })
        .returning({ id: cohortJoinCodes.id });
      return { joinCodeId: row!.id };
    },
  ),
  "advisor/cohorts/pending-invites#listPendingInvites": assignedCohort((w) =>
    listCohortPendingInvites(w.cohortId),
  ),
  "advisor/cohorts/pending-invites#revokeInvite": assignedCohort(
    (w, ids) => revokeCohortInvite(w.cohortId, ids.inviteId!),
    async (w) => ({
      inviteId: (await createInvite({ email: uniqueEmail("pending"), cohortId: w.cohortId })).id,
    }),
  ),
  "advisor/cohorts/roster#previewRoster": assignedCohort((w) => previewRoster(w.cohortId, uniqueEmail("r"))),
  "advisor/cohorts/roster#importRoster": assignedCohort((w) =>
    importRoster(w.cohortId, uniqueEmail("r"), { mailInvitees: false }),
  ),
  "advisor/cohorts/settings#getCohortSettings": assignedCohort((w) => getCohortSettings(w.cohortId)),
  "advisor/cohorts/settings#listCohortGoals": assignedCohort((w) => listCohortGoals(w.cohortId)),
  "advisor/cohorts/settings#updateCohortSettings": assignedCohort((w) =>
    // A stale version: authorized, refused as stale, nothing changes for the other rows.
    updateCohortSettings(w.cohortId, {
      name: "Matrix",
      term: "T",
      startsOn: day(-30),
      endsOn: day(90),
      version: -1,
    }),
  ),
  "advisor/cohorts/settings#addCohortGoal": assignedCohort((w) =>
    addCohortGoal(w.cohortId, { metric: "outreach_sent", target: 1, due: { week: 2 } }),
  ),
  "advisor/cohorts/settings#removeCohortGoal": assignedCohort(
    (w, ids) => removeCohortGoal(w.cohortId, ids.goalId!),
    async (w) => {
      const [goal] = await getDb()
        .insert(cohortGoals)
        .values({ cohortId: w.cohortId, metric: "interviews_completed", target: 3, dueOn: day(30) })
        .returning({ id: cohortGoals.id });
      return { goalId: goal!.id };
    },
  ),
  "advisor/my-cohorts#listMyCohorts": advisorList(() => listMyCohorts()),
  "advisor/students/comments#unsafeListCommentsAbout": { exempt: UNSAFE },
  "advisor/students/comments#addComment": assignedCohort((w) =>
    addComment({
      studentId: w.owner.id,
      interviewId: null,
      body: "Matrix comment",
      creationKey: randomUUID(),
    }),
  ),
  "advisor/students/comments#listMyAdvisorComments": ownList(() => listMyAdvisorComments()),
  "advisor/students/student-interview#getAdvisorInterview": assignedCohort(
    (w, ids) => getAdvisorInterview(w.owner.id, ids.interviewId!),
    interview,
  ),
  "advisor/students/student-view#getAdvisorStudentView": assignedCohort((w) =>
    getAdvisorStudentView(w.owner.id),
  ),
  "advisor/students/outcomes#recordOutcomeForStudent": assignedCohort((w) =>
    recordOutcomeForStudent(w.owner.id, { ...outcomeInput(), creationKey: randomUUID() }),
  ),
  "advisor/students/nudges#getNudgeDraft": assignedCohort((w) =>
    getNudgeDraft(w.cohortId, [w.owner.id], "check-in"),
  ),
  "advisor/students/nudges#sendNudges": assignedCohort((w) =>
    sendNudges({
      cohortId: w.cohortId,
      recipients: [{ studentId: w.owner.id, reason: "check-in" }],
      message: "Hi {name}",
      creationKey: randomUUID(),
    }),
  ),
  "advisor/students/nudges#markAttentionHandled": assignedCohort((w) =>
    markAttentionHandled({ cohortId: w.cohortId, studentId: w.owner.id, reason: "inactive", note: "" }),
  ),
  "advisor/students/nudges#getStudentFollowUp": assignedCohort((w) => getStudentFollowUp(w.owner.id)),
  "student/home/nudges#listMyNudges": ownList(() => listMyNudges()),

  // digests/
  "digests/preferences#unsafeLoadDigestPreferences": { exempt: UNSAFE },
  "digests/preferences#unsafeTurnOffMail": { exempt: UNSAFE },
  "digests/preferences#getMyDigestPreferences": anyViewer(() => getMyDigestPreferences()),
  "digests/preferences#updateMyDigestPreferences": anyViewer(() =>
    updateMyDigestPreferences(digestPreferencesSchema.parse({ studentDigest: "on", advisorDigest: "on" })),
  ),
  "digests/preferences#describeUnsubscribeToken": { exempt: CAPABILITY },
  "digests/preferences#unsubscribeWithToken": { exempt: CAPABILITY },
  "digests/weekly-job#unsafeRunWeeklyDigestJob": { exempt: UNSAFE },
  "retention/retention-job#unsafeRunRetentionPurge": { exempt: UNSAFE },
  "reminders/daily-job#unsafeRunDailyReminderJob": { exempt: UNSAFE },
  "jobs/scheduled-jobs#unsafeRunScheduledJobs": { exempt: UNSAFE },
  "jobs/scheduled-jobs#describeJobOutcomes": { exempt: PURE },

  // internal/
  "internal/audit#recordAudit": { exempt: INTERNAL },
  "internal/nudge-records#loadCohortFollowUps": { exempt: INTERNAL },
  "internal/nudge-quota#unsafeTakeNudgeQuota": { exempt: INTERNAL },
  "internal/account-erasure#erasedEmailFor": { exempt: PURE },
  "internal/account-erasure#unsafeEraseAccount": { exempt: INTERNAL },
  "internal/retention-purge#findRetentionCandidates": { exempt: INTERNAL },
  "internal/retention-purge#readRetentionDays": { exempt: INTERNAL },
  "internal/cohort-facts#loadCohortFacts": { exempt: INTERNAL },
  "internal/cohort-facts#loadCohortGoals": { exempt: INTERNAL },
  "internal/cohort-facts#loadStepEvidenceBefore": { exempt: INTERNAL },
  "internal/cohort-facts#cohortMembersJson": { exempt: PURE },
  "internal/cohort-facts#toCohortFacts": { exempt: PURE },
  "internal/cohort-facts#toCohortGoal": { exempt: PURE },
  "internal/nudge-records#cohortFollowUpRows": { exempt: PURE },
  "internal/nudge-records#toFollowUps": { exempt: PURE },
  "internal/dashboard-inputs#loadDashboardInputs": { exempt: INTERNAL },
  "internal/dashboard-model-cache#dashboardModelCache": { exempt: INTERNAL },
  "internal/dashboard-model-cache#modelValidity": { exempt: PURE },
  "internal/join-code-guesses#joinCodeGuessWait": { exempt: INTERNAL },
  "internal/join-code-guesses#recordJoinCodeMiss": { exempt: INTERNAL },
  "internal/digests/content#renderDigest": { exempt: INTERNAL },
  "internal/digests/new-outcomes#loadOutcomesRecordedSince": { exempt: INTERNAL },
  "internal/digests/content#unsafeRenderDigestPreview": { exempt: INTERNAL },
  "internal/digests/content#renderDigestBatch": { exempt: INTERNAL },
  "internal/digests/student-batch#loadStudentActivities": { exempt: INTERNAL },
  "internal/digests/student-batch#loadGoalsOfCohorts": { exempt: INTERNAL },
  "internal/digests/student-batch#assembleStudentAgenda": { exempt: PURE },
  "internal/prepared-sql#executePrepared": { exempt: INTERNAL },
  "internal/prepared-sql#preparedStatement": { exempt: INTERNAL },
  "internal/prepared-sql#preparedQuery": { exempt: INTERNAL },
  "internal/jobs/delivery-queue#deliveryBackoffMs": { exempt: PURE },
  "internal/jobs/delivery-queue#claimDue": { exempt: INTERNAL },
  "internal/jobs/delivery-queue#runDeliveryWorker": { exempt: INTERNAL },
  "internal/reminders/content#renderReminderBatch": { exempt: INTERNAL },
  "internal/reminders/queue#enqueueDailyReminders": { exempt: INTERNAL },
  "internal/reminders/queue#claimDueReminders": { exempt: INTERNAL },
  "internal/reminders/queue#runReminderWorker": { exempt: INTERNAL },
  "internal/reminders/queue#lastReminderSentAt": { exempt: INTERNAL },
  "internal/digests/queue#digestBackoffMs": { exempt: PURE },
  "internal/digests/queue#isoWeekStart": { exempt: PURE },
  "internal/digests/queue#isoWeekday": { exempt: PURE },
  "internal/digests/queue#enqueueWeeklyDigests": { exempt: INTERNAL },
  "internal/digests/queue#claimDueDigests": { exempt: INTERNAL },
  "internal/digests/queue#runDigestWorker": { exempt: INTERNAL },
  "internal/instance-rules#loadInstanceSettings": { exempt: INTERNAL },
  "internal/instance-rules#thankYouRulesOf": { exempt: PURE },
  "internal/student-agenda-rows#agendaColumns": { exempt: PURE },
  "internal/student-agenda-rows#agendaFromRow": { exempt: INTERNAL },
  "internal/student-agenda-rows#heldAgendaRevision": { exempt: INTERNAL },
  "internal/student-agenda-cache#studentAgendaCache": { exempt: INTERNAL },
  "internal/recent-activity-sql#recentActivitySql": { exempt: PURE },
  "internal/recent-activity-sql#activityFromRows": { exempt: PURE },
  "internal/referral-chain#ancestorsSql": { exempt: PURE },
  "internal/ownership#assertOwnContact": { exempt: INTERNAL },
  "internal/ownership#assertOwnInterview": { exempt: INTERNAL },
  "internal/referral-chain#referralProblem": { exempt: INTERNAL },
  "internal/referral-chain#ancestorsOf": { exempt: INTERNAL },
  "internal/create-once#findOwnKeyedRow": { exempt: INTERNAL },
  "internal/create-once#insertOnce": { exempt: INTERNAL },
  "internal/create-once#insertOnceWithin": { exempt: INTERNAL },
  "internal/create-once#isUniqueViolation": { exempt: PURE },
  "internal/invites/invites#emailIn": { exempt: PURE },
  "internal/invites/invites#emailIs": { exempt: PURE },
  "internal/invites/invites#inviteSlot": { exempt: PURE },
  "internal/invites/invites#normalisedEmail": { exempt: PURE },
  "internal/invites/invites#openInvite": { exempt: PURE },
  "internal/invites/invites#unusedInvite": { exempt: PURE },
  "internal/invites/invites#issueInvites": { exempt: INTERNAL },
  "internal/invites/invites#openInviteEmails": { exempt: INTERNAL },
  "internal/invites/roster-lookup#lookUpRoster": { exempt: INTERNAL },
  "internal/search-pattern#containsPattern": { exempt: PURE },
  "internal/any-of#anyOf": { exempt: PURE },
  "internal/student-header#studentHeader": { exempt: INTERNAL },
  "internal/unless-private#unlessPrivate": { exempt: PURE },
  "internal/outcome-records#loadOutcomes": { exempt: INTERNAL },
  "internal/outcome-records#interviewLabel": { exempt: PURE },
  "internal/outcome-records#loadOutcomeChoices": { exempt: INTERNAL },
  "internal/outcome-records#insertOutcome": { exempt: INTERNAL },
  "internal/outcome-records#updateOutcomeOf": { exempt: INTERNAL },
  "internal/outcome-records#deleteOutcomeOf": { exempt: INTERNAL },
  "internal/outcome-records#countOutcomesInCohort": { exempt: INTERNAL },

  // health: the load balancer's check, no session and no user data
  "health#unsafeCheckHealth": { exempt: UNSAFE },

  // join/, mailbox, sign-in/: before anyone has a session
  "join/join-cohort#getJoinPage": { exempt: `${CAPABILITY} (cohort-enrolment.test.ts covers each role)` },
  "join/join-cohort#joinCohortWithCode": {
    exempt: `${CAPABILITY} (cohort-enrolment.test.ts covers each role)`,
  },
  "join/join-cohort#requestJoinSignInLink": { exempt: `${CAPABILITY}; rate-limited like the sign-in page` },
  "mailbox#unsafeStoreInMailbox": { exempt: UNSAFE },
  "mailbox#unsafeListMailbox": { exempt: UNSAFE },
  "mailbox#unsafeListMailboxRecipients": { exempt: UNSAFE },
  "student/calendar-feed#unsafeRenderCalendarFeed": {
    exempt: `${CAPABILITY} (calendar-feed.test.ts: revoked, tampered and foreign tokens)`,
  },
  "sign-in/auth-adapter#unsafeCreateAuthAdapter": { exempt: UNSAFE },
  "sign-in/demo-accounts#unsafeListDemoAccounts": { exempt: UNSAFE },
  "sign-in/eligibility#unsafeMaySignIn": { exempt: UNSAFE },
  "sign-in/eligibility#unsafeAcceptInvitesForNewUser": { exempt: UNSAFE },
  "sign-in/rate-limit#unsafeConsumeSignInAttempt": { exempt: UNSAFE },

  // student/
  "student/contacts/contacts#listMyContacts": ownList(() => listMyContacts()),
  "student/contacts/contacts#getMyContact": ownRecord((_w, ids) => getMyContact(ids.contactId!), contact),
  "student/contacts/contacts#findPossibleDuplicates": ownList(() =>
    findPossibleDuplicates({ name: "Dana", organizationId: null, email: null }),
  ),
  "student/contacts/contacts#createContact": ownList(() =>
    createContact({ ...contactFields.parse({ name: "Matrix Contact" }), creationKey: randomUUID() }),
  ),
  "student/contacts/contacts#updateContact": ownRecord(
    (_w, ids) =>
      updateContact({ ...contactFields.parse({ name: "Renamed" }), id: ids.contactId!, version: 1 }),
    contact,
  ),
  "student/contacts/contacts#deleteContact": ownRecord((_w, ids) => deleteContact(ids.contactId!), contact),
  "student/contacts/follow-ups#recordThankYou": ownRecord(
    (_w, ids) =>
      recordThankYou(ids.interviewId!, { sentOn: day(0), channel: "email", note: "", notePrivate: false }),
    interview,
  ),
  "student/contacts/follow-ups#logFollowUp": ownRecord(
    (_w, ids) =>
      logFollowUp(ids.contactId!, {
        sentOn: day(0),
        channel: "email",
        note: "",
        notePrivate: false,
        kind: "touch",
        creationKey: randomUUID(),
      }),
    contact,
  ),
  "student/contacts/contact-page#getContactPage": ownRecord(
    (_w, ids) => getContactPage(ids.contactId!),
    contact,
  ),
  "student/interviews/interview-page#getInterviewPage": ownRecord(
    (_w, ids) => getInterviewPage(ids.interviewId!),
    interview,
  ),
  "student/contacts/outreach#getOutreachPanel": ownRecord(
    (_w, ids) => getOutreachPanel(ids.contactId!),
    contact,
  ),
  "student/contacts/outreach#logOutreach": ownRecord(
    (_w, ids) =>
      logOutreach(ids.contactId!, {
        sentOn: day(0),
        channel: "email",
        message: "",
        isFollowUp: false,
        creationKey: randomUUID(),
      }),
    contact,
  ),
  "student/contacts/outreach#recordReply": ownRecord(
    (_w, ids) => recordReply(ids.outreachId!, { reply: "none", repliedOn: null, version: 1 }),
    async (w) => {
      const c = await insertContact(w.owner.id);
      return { outreachId: (await insertOutreachAttempt(w.owner.id, c.id)).id };
    },
  ),
  "student/contacts/outreach#deleteOutreach": ownRecord(
    (_w, ids) => deleteOutreach(ids.outreachId!),
    async (w) => {
      const c = await insertContact(w.owner.id);
      return { outreachId: (await insertOutreachAttempt(w.owner.id, c.id)).id };
    },
  ),
  "student/contacts/referrals#getReferralNetwork": ownList(() => getReferralNetwork()),
  "student/contacts/referrals#getReferralChain": ownRecord(
    (_w, ids) => getReferralChain(ids.contactId!),
    contact,
  ),
  "student/home/agenda#getMyAgenda": ownList(() => getMyAgenda()),
  "student/home/agenda#unsafeLoadStudentAgenda": { exempt: UNSAFE },
  "student/home/journal#listMyJournal": ownList(() => listMyJournal()),
  "student/home/journal#addJournalEntry": ownList(() =>
    addJournalEntry({ learned: "Matrix", nextSteps: "", creationKey: randomUUID() }),
  ),
  "student/home/overview#getStudentOverview": ownList(() => getStudentOverview()),
  "student/home/steps#getMyHome": ownList(() => getMyHome()),
  "student/profile/profile#getMyProfile": ownList(() => getMyProfile()),
  "student/profile/profile#saveMyWelcome": ownList(() =>
    saveMyWelcome({ name: "Ada Lovelace", pronouns: "", timeZone: "Europe/London" }),
  ),
  "student/profile/profile#saveMyProfile": ownList(() =>
    saveMyProfile({
      name: "Ada Lovelace",
      pronouns: "she/her",
      timeZone: "Asia/Kolkata",
      academicYear: "third-year",
      major: "Mathematics",
      expectedGraduation: "2027-05",
    }),
  ),
  "student/home/recent-activity#listMyRecentActivity": ownList(() => listMyRecentActivity()),
  "student/interviews/interview-questions#listQuestionChoices": ownList(() => listQuestionChoices()),
  "student/interviews/interview-questions#chooseInterviewQuestions": ownRecord(
    (_w, ids) => chooseInterviewQuestions(ids.interviewId!, []),
    interview,
  ),
  "student/interviews/interview-referral#addReferralFromInterview": ownRecord(
    (_w, ids) =>
      addReferralFromInterview(ids.interviewId!, {
        name: "Referred",
        title: "",
        email: null,
        creationKey: randomUUID(),
      }),
    interview,
  ),
  "student/interviews/interviews#listMyInterviews": ownList(() => listMyInterviews()),
  "student/interviews/interviews#getMyInterview": ownRecord(
    (_w, ids) => getMyInterview(ids.interviewId!),
    interview,
  ),
  "student/interviews/interviews#getSchedulingContact": ownRecord(
    (_w, ids) => getSchedulingContact(ids.contactId!),
    contact,
  ),
  "student/interviews/interviews#getMyTimeZone": ownList(() => getMyTimeZone()),
  "student/interviews/interviews#scheduleInterview": ownRecord(
    (_w, ids) => scheduleInterview({ ...schedule(), contactId: ids.contactId!, creationKey: randomUUID() }),
    contact,
  ),
  "student/interviews/interviews#updateInterviewDetails": ownRecord(
    (_w, ids) =>
      updateInterviewDetails({ ...schedule(), id: ids.interviewId!, version: 1, status: "scheduled" }),
    interview,
  ),
  "student/interviews/interviews#recordInterviewNotes": ownRecord(
    (_w, ids) =>
      recordInterviewNotes({
        id: ids.interviewId!,
        version: 1,
        notes: "",
        notesPrivate: false,
        takeaways: "",
        permissionToUseName: null,
        answers: [],
      }),
    interview,
  ),
  "student/my-data/contact-import#previewContactImport": ownList(() => previewContactImport([rawRow()])),
  "student/my-data/contact-import#importContacts": ownList(() =>
    importContacts({ importKey: randomUUID(), format: "plain", rows: [rawRow()], chosen: [0] }),
  ),
  "student/my-data/export#exportMyData": ownList(() => exportMyData()),
  // A confirmation that is not the caller's address deletes nothing, so the row leaves the world intact.
  "student/account/delete-account#deleteMyAccount": ownList(() =>
    deleteMyAccount("not-the-address@example.test"),
  ),
  "student/my-data/export#exportMyDataCsvZip": ownList(() => exportMyDataCsvZip()),
  "student/prepare/preparation#getMyPreparation": ownList(() => getMyPreparation()),
  "student/prepare/preparation#savePitch": ownList(() => savePitch({ elevatorPitch: "Hello", version: -1 })),
  "student/prepare/preparation#addQuestion": ownList(() =>
    addQuestion({ category: "trends", text: `What changed this year ${randomUUID()}?` }),
  ),
  "student/prepare/preparation#deleteMyQuestion": ownRecord(
    (_w, ids) => deleteMyQuestion(ids.questionId!),
    async (w) => {
      const [row] = await getDb()
        .insert(questions)
        .values({ studentId: w.owner.id, category: "trends", text: `Own question ${randomUUID()}?` })
        .returning({ id: questions.id });
      return { questionId: row!.id };
    },
  ),
  "student/research/career-fields#listMyCareerFields": ownList(() => listMyCareerFields()),
  "student/research/career-fields#getMyCareerField": ownRecord(
    (_w, ids) => getMyCareerField(ids.careerFieldId!),
    careerField,
  ),
  "student/research/career-fields#createCareerField": ownList(() =>
    createCareerField({
      ...careerFieldFields.parse({ name: `Field ${randomUUID()}` }),
      creationKey: randomUUID(),
    }),
  ),
  "student/research/career-fields#updateCareerField": ownRecord(
    (_w, ids) =>
      updateCareerField({
        ...careerFieldFields.parse({ name: `Field ${randomUUID()}` }),
        id: ids.careerFieldId!,
        version: 1,
      }),
    careerField,
  ),
  "student/research/career-fields#deleteCareerField": ownRecord(
    (_w, ids) => deleteCareerField(ids.careerFieldId!),
    careerField,
  ),
  "student/research/organizations#listMyOrganizations": ownList(() => listMyOrganizations()),
  "student/research/organizations#getMyOrganization": ownRecord(
    (_w, ids) => getMyOrganization(ids.organizationId!),
    organization,
  ),
  "student/research/organizations#createOrganization": ownList(() =>
    createOrganization({ ...organizationInput(), creationKey: randomUUID() }),
  ),
  "student/research/organizations#updateOrganization": ownRecord(
    (_w, ids) => updateOrganization({ ...organizationInput(), id: ids.organizationId!, version: 1 }),
    organization,
  ),
  "student/research/organizations#deleteOrganization": ownRecord(
    (_w, ids) => deleteOrganization(ids.organizationId!),
    organization,
  ),
  "student/scope#requireStudent": ownList(() => requireStudent()),
  "student/outcomes/outcomes#listMyOutcomes": ownList(() => listMyOutcomes()),
  "student/outcomes/outcomes#listMyOutcomeChoices": ownList(() => listMyOutcomeChoices()),
  "student/outcomes/outcomes#createOutcome": ownList(() =>
    createOutcome({ ...outcomeInput(), creationKey: randomUUID() }),
  ),
  "student/outcomes/outcomes#updateOutcome": ownRecord(
    (_w, ids) => updateOutcome({ ...outcomeInput(), id: ids.outcomeId!, version: 1 }),
    outcome,
  ),
  "student/outcomes/outcomes#deleteOutcome": ownRecord((_w, ids) => deleteOutcome(ids.outcomeId!), outcome),
};

function schedule() {
  return {
    date: day(7),
    time: "14:00",
    timeZone: "UTC",
    format: "video" as const,
    location: "",
    durationMinutes: 30,
  };
}
function rawRow() {
  return {
    name: `Imported ${randomUUID()}`,
    title: "",
    organization: "",
    email: "",
    phone: "",
    linkedinUrl: "",
  };
}
function organizationInput() {
  return organizationFields.parse({ name: `Org ${randomUUID()}`, priority: "medium" });
}
function outcomeInput() {
  return {
    kind: "project" as const,
    title: `Outcome ${randomUUID()}`,
    occurredOn: day(0),
    note: "",
    notePrivate: false,
    contactIds: [],
    interviewIds: [],
  };
}
async function outcome(w: World) {
  const [row] = await getDb()
    .insert(outcomes)
    .values({ studentId: w.owner.id, kind: "other", title: "Matrix outcome", occurredOn: day(0) })
    .returning({ id: outcomes.id });
  return { outcomeId: row!.id };
}
async function careerField(w: World) {
  return { careerFieldId: (await insertCareerField(w.owner.id)).id };
}
async function organization(w: World) {
  return { organizationId: (await insertOrganization(w.owner.id)).id };
}

// ---------------------------------------------------------------------------------------------------------
// The modules, read from disk: every file under lib/data, every exported function.

const dataRoot = path.resolve("lib/data");
function moduleFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return moduleFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

/** `student/contacts/contacts#getMyContact` for every exported function. */
async function exportedFunctions(): Promise<Map<string, unknown>> {
  const found = new Map<string, unknown>();
  for (const file of moduleFiles(dataRoot)) {
    const key = path.relative(dataRoot, file).replace(/\.ts$/, "").split(path.sep).join("/");
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === "function") found.set(`${key}#${name}`, value);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------

let world: World;
const actorIds = (w: World): Record<Exclude<Actor, "deactivated" | "signedOut">, string> => ({
  owner: w.owner.id,
  otherStudent: w.otherStudent.id,
  advisor: w.advisor.id,
  outsideAdvisor: w.outsideAdvisor.id,
  admin: w.admin.id,
});

beforeAll(async () => {
  const owner = await createUser({ role: "student" });
  const otherStudent = await createUser({ role: "student" });
  const advisor = await createUser({ role: "advisor" });
  const outsideAdvisor = await createUser({ role: "advisor" });
  const admin = await createUser({ role: "admin" });
  const cohort = await insertCohort();
  const otherCohort = await insertCohort();
  await enrolStudent(cohort.id, owner.id);
  await assignAdvisor(cohort.id, advisor.id);
  await enrolStudent(otherCohort.id, otherStudent.id);
  await assignAdvisor(otherCohort.id, outsideAdvisor.id);
  world = { owner, otherStudent, advisor, outsideAdvisor, admin, cohortId: cohort.id };
});

async function setActive(userId: string, active: boolean) {
  await getDb().update(users).set({ active }).where(eq(users.id, userId));
}

/** Calls `row` as `actor`, in a fresh request. */
async function callAs(row: Checked, actor: Actor, ids: Record<string, string>) {
  resetRequest();
  if (actor === "signedOut") return row.call(world, ids);
  const userId = actorIds(world)[actor === "deactivated" ? row.allowed : actor];
  await signInAs(userId);
  if (actor !== "deactivated") return row.call(world, ids);
  // The allowed caller, deactivated since signing in: their next request finds them signed out.
  await setActive(userId, false);
  try {
    return await row.call(world, ids);
  } finally {
    await setActive(userId, true);
  }
}

describe("authorization matrix over lib/data", () => {
  it("has a row for every exported function, and no row for one that is gone", async () => {
    const exported = [...(await exportedFunctions()).keys()].sort();
    expect(exported.length).toBeGreaterThan(100);
    const missing = exported.filter((key) => !(key in MATRIX));
    expect(missing, "exported from lib/data without a row in the authorization matrix").toEqual([]);
    expect(Object.keys(MATRIX).filter((key) => !exported.includes(key))).toEqual([]);
  }, 60_000);

  it("exempts only internal/, unsafe…, pure or capability functions, each with a reason", () => {
    for (const [key, row] of Object.entries(MATRIX)) {
      if (!("exempt" in row)) continue;
      const internalOrUnsafe = key.startsWith("internal/") || /#unsafe[A-Z]/.test(key);
      expect(
        internalOrUnsafe || [PURE, CAPABILITY].some((reason) => row.exempt.startsWith(reason)),
        key,
      ).toBe(true);
    }
  });

  const checked = Object.entries(MATRIX).flatMap(([key, row]) =>
    "exempt" in row ? [] : [[key, row] as const],
  );

  it.each(checked)("%s", async (_key, row) => {
    const ids = (await row.arrange?.(world)) ?? {};
    for (const [actor, refusal] of Object.entries(row.refused) as [Actor, Refusal][]) {
      const attempt = callAs(row, actor, ids);
      try {
        if (refusal === "not-found") await expectNotFound(attempt);
        else await expectRedirect(attempt, "/sign-in");
      } catch (error) {
        throw new Error(`called as ${actor}, expected ${refusal}: ${(error as Error).message}`);
      }
    }
    resetRequest();
    // The one caller that must get through: a 404 or redirect here fails the row.
    await callAs(row, row.allowed, ids);
  });
});
