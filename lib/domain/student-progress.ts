import { type CalendarDate } from "./calendar-date";
import { calendarDateIn, studentTimeZone } from "./time-zone";

/**
 * One student's work in a cohort, as the data layer's aggregates supply it (one row per student, no
 * per-record detail beyond a few dates). The cohort dashboard, the needs-attention flags, goal progress and
 * the funnel all read this shape; each takes only the fields it needs (see their `Pick`s), so a test or a
 * digest can pass less.
 *
 * Calendar dates are in the student's own time zone, as everywhere else in lib/domain: "today" and a sent-on
 * date are judged from where the student lives. An interview's day is the one where it happened (its own
 * time zone), as on the interview page and when its thank-you is recorded.
 */
export type StudentProgress = {
  studentId: string;
  /** users.name; null until the student sets one (the email stands in for it). */
  name: string | null;
  email: string;
  /** student_profiles.time_zone, or null when there is no profile yet (then UTC, see studentTimeZone). */
  timeZone: string | null;
  /** When the student joined this cohort (cohort_students.joined_at). */
  joinedAt: Date;
  /** The latest instant the student logged or edited anything, or null when they never have. */
  lastActivityAt: Date | null;

  /** Step 1 evidence: career fields and organizations recorded. */
  researchItems: number;
  /** Step 2: contacts recorded. */
  contactsIdentified: number;
  /** Step 3 evidence: a non-empty elevator pitch, own questions, questions chosen for an interview. */
  preparationItems: number;
  /** Step 3 done (student-stage.ts): the elevator pitch is not blank. */
  pitchWritten: boolean;
  /** Step 4: original outreach attempts (`is_follow_up = false`). Follow-ups are not new outreach. */
  outreachSent: number;
  /** Step 5: interviews with status `completed`. */
  interviewsCompleted: number;
  /** Thank-you notes recorded (follow_ups of kind `thank_you`). */
  thankYousSent: number;
  /** Step 6 evidence: follow-ups of any kind (thank-you, update, touch). */
  followUpsSent: number;

  /**
   * One entry per thank-you tied to a completed interview: calendar days from the interview's date to the
   * thank-you's `sent_on` (0 = same day). Negative values (a note dated before the interview) are ignored.
   */
  thankYouDelays: readonly number[];
  /** The date of each completed interview that has no thank-you yet, in any order. */
  interviewsAwaitingThankYou: readonly CalendarDate[];
  /**
   * The `sent_on` of each contact's latest outreach attempt when that attempt is an original (not a
   * follow-up), got no reply, and the contact has no interview: outreach the student has not followed up.
   */
  outreachAwaitingFollowUp: readonly CalendarDate[];
};

/** The student's "today" at `now`, in their own time zone. */
export function studentToday(student: Pick<StudentProgress, "timeZone">, now: Date): CalendarDate {
  return calendarDateIn(now, studentTimeZone(student.timeZone));
}

/** The name to show: the student's name, or their email until they set one. */
export function studentDisplayName(student: Pick<StudentProgress, "name" | "email">): string {
  return student.name?.trim() || student.email;
}
