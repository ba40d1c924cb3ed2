import Link from "next/link";
import { Badge } from "@/components/badge";
import { Card } from "@/components/card";
import type { StudentFollowUpView } from "@/lib/data/advisor/students/nudges";
import { formatDisplayDate } from "@/lib/domain/display-date";
import { ATTENTION_KIND_LABEL } from "@/lib/domain/needs-attention";
import { daysAgoPhrase, NUDGE_REASON_LABEL } from "@/lib/domain/nudge-rules";
import { HandledForm } from "./handled-form";

const summaryClass = "link cursor-pointer py-2 text-sm font-medium";
const day = (at: Date) => formatDisplayDate(at.toISOString().slice(0, 10));

/** The student's flags with what to do about them (nudge, mark handled), and the nudges sent so far. */
export function FollowUpCard({
  studentId,
  followUp,
  now,
}: {
  studentId: string;
  followUp: StudentFollowUpView;
  now: Date;
}) {
  const nudgeHref = (reason?: string) =>
    `/advisor/cohorts/${followUp.cohortId}/nudge?student=${studentId}${reason ? `&reason=${reason}` : ""}`;
  return (
    <Card title="Needs attention">
      {followUp.flags.length === 0 ? (
        <p className="text-sm text-slate-600">No flags right now.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Flags">
          {followUp.flags.map((flag, index) => (
            <li key={`${flag.kind}-${index}`} className="py-3 text-sm first:pt-0">
              <p>
                <Badge tone="overdue">{ATTENTION_KIND_LABEL[flag.kind]}</Badge>{" "}
                <span className="text-slate-800">{flag.text}</span>
              </p>
              {followUp.canAct && (
                <div className="mt-1 flex flex-wrap items-baseline gap-x-4">
                  <Link href={nudgeHref(flag.kind)} className="link inline-block py-2 font-medium">
                    Nudge
                    <span className="sr-only"> about {ATTENTION_KIND_LABEL[flag.kind].toLowerCase()}</span>
                  </Link>
                  <details className="w-full">
                    <summary className={summaryClass}>
                      Mark handled
                      <span className="sr-only">: {ATTENTION_KIND_LABEL[flag.kind].toLowerCase()}</span>
                    </summary>
                    <div className="mt-2">
                      <HandledForm
                        cohortId={followUp.cohortId}
                        studentId={studentId}
                        reason={flag.kind}
                        label={ATTENTION_KIND_LABEL[flag.kind]}
                      />
                    </div>
                  </details>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {followUp.handled.length > 0 && (
        <ul className="mt-3 space-y-2 border-t border-slate-100 pt-3 text-sm" aria-label="Handled flags">
          {followUp.handled.map((h) => (
            <li key={h.reason}>
              <Badge tone="done">Handled</Badge> <span className="font-medium">{h.label}</span>
              <span className="text-slate-600">
                {" "}
                · {h.handledBy ?? "An advisor"}, {day(h.handledAt)}. Shows again from {day(h.showsAgainAt)} if
                it still applies.
              </span>
              {h.note && <p className="whitespace-pre-line text-slate-700">{h.note}</p>}
            </li>
          ))}
        </ul>
      )}
      {followUp.canAct && (
        <p className="mt-3 text-sm">
          <Link href={nudgeHref()} className="link">
            Send a nudge
          </Link>
        </p>
      )}
      <h3 className="mt-4 text-sm font-semibold text-slate-900">Nudges</h3>
      {followUp.nudges.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">No nudges sent yet.</p>
      ) : (
        <ul className="mt-1 divide-y divide-slate-100 text-sm" aria-label="Nudges sent">
          {followUp.nudges.map((n) => (
            <li key={n.id} className="py-2">
              <p>
                <span className="font-medium text-slate-900">{NUDGE_REASON_LABEL[n.reason]}</span>
                <span className="text-slate-600">
                  {" "}
                  · {n.advisorName ?? "An advisor"}, {day(n.createdAt)} (
                  {daysAgoPhrase(n.createdAt.getTime(), now.getTime())})
                  {n.mailStatus === "failed" && " · the mail could not be sent"}
                </span>
              </p>
              <details>
                <summary className={summaryClass}>Read the message</summary>
                <p className="mt-1 whitespace-pre-line text-slate-800">{n.body}</p>
              </details>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
