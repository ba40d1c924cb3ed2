import { formatMoment } from "@/lib/domain/display-date";
import type { MyNudge } from "@/lib/data/student/home/nudges";

/** A note an advisor sent in the last two weeks, as the mail said it. Nothing when there is none. */
export function AdvisorNudges({ nudges, timeZone, now }: { nudges: MyNudge[]; timeZone: string; now: Date }) {
  if (nudges.length === 0) return null;
  return (
    <section
      aria-labelledby="nudges-heading"
      className="border-brand-200 bg-brand-50 rounded-lg border p-4 sm:p-5"
    >
      <h2 id="nudges-heading" className="mb-3 text-lg font-semibold text-slate-900">
        {nudges.length === 1 ? "A note from your advisor" : "Notes from your advisor"}
      </h2>
      <ul className="space-y-4">
        {nudges.map((nudge) => (
          <li key={nudge.id} className="text-sm">
            <p className="text-xs text-slate-700">
              <span className="font-semibold text-slate-900">{nudge.advisorName ?? "Your advisor"}</span> ·{" "}
              <time dateTime={nudge.createdAt.toISOString()}>
                {formatMoment(nudge.createdAt, timeZone, now)}
              </time>
            </p>
            <p className="mt-1 break-words whitespace-pre-wrap text-slate-900">{nudge.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
