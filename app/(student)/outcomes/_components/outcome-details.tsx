import Link from "next/link";
import { Badge } from "@/components/badge";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import { formatDisplayDate, formatNearDate } from "@/lib/domain/display-date";
import { OUTCOME_KIND_LABEL, type OutcomeKind } from "@/lib/domain/outcome-kinds";

export type OutcomeDetailsView = {
  kind: OutcomeKind;
  title: string;
  occurredOn: string;
  note: string;
  notePrivate: boolean;
  recordedByOther: string | null;
  contacts: { id: string; label: string }[];
  interviews: { id: string; label: string }[];
};

/** One outcome as read on either side: what, when, what led to it. Links go where the reader may go. */
export function OutcomeDetails({
  outcome,
  voice,
  contactHref,
  interviewHref,
  today,
}: {
  outcome: OutcomeDetailsView;
  /** The reader's today, for dates as student pages write them; without it, the full date. */
  today?: CalendarDate;
  voice: "student" | "advisor";
  contactHref?: (id: string) => string;
  interviewHref: (id: string) => string;
}) {
  return (
    <div className="space-y-1 text-sm">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 className="text-base font-semibold break-words text-slate-900">{outcome.title}</h3>
        <Badge tone="done">{OUTCOME_KIND_LABEL[outcome.kind]}</Badge>
        <span className="text-slate-600">
          {today ? formatNearDate(outcome.occurredOn, today) : formatDisplayDate(outcome.occurredOn)}
        </span>
      </div>
      {(outcome.contacts.length > 0 || outcome.interviews.length > 0) && (
        <p className="text-slate-700">
          Led to by{" "}
          {[
            ...outcome.contacts.map((c) =>
              contactHref ? (
                <Link key={`c${c.id}`} href={contactHref(c.id)} className="link">
                  {c.label}
                </Link>
              ) : (
                <span key={`c${c.id}`}>{c.label}</span>
              ),
            ),
            ...outcome.interviews.map((i) => (
              <Link key={`i${i.id}`} href={interviewHref(i.id)} className="link">
                interview with {i.label}
              </Link>
            )),
          ].flatMap((node, index) => (index === 0 ? [node] : [", ", node]))}
        </p>
      )}
      {outcome.note && <p className="whitespace-pre-line text-slate-700">{outcome.note}</p>}
      {voice === "student" && outcome.notePrivate && outcome.note && (
        <p className="text-slate-600">Your note is private: your advisor does not see it.</p>
      )}
      {voice === "advisor" && outcome.notePrivate && (
        <p className="text-slate-600">The student keeps a note on this private.</p>
      )}
      {outcome.recordedByOther && <p className="text-slate-600">Recorded by {outcome.recordedByOther}.</p>}
    </div>
  );
}
