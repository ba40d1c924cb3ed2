import { Button } from "@/components/button";
import { QUESTION_CATEGORY_LABEL, QUESTION_CATEGORY_PURPOSE } from "@/lib/domain/vocabulary";
import type { QuestionGroup } from "@/lib/data/student/prepare/preparation";

export function QuestionBank({
  groups,
  deleteAction,
}: {
  groups: QuestionGroup[];
  deleteAction: (formData: FormData) => Promise<void>;
}) {
  return (
    <div className="space-y-6">
      {groups.map((group) => {
        const headingId = `questions-${group.category}`;
        return (
          <section key={group.category} aria-labelledby={headingId}>
            <h3 id={headingId} className="text-base font-semibold text-slate-900">
              {QUESTION_CATEGORY_LABEL[group.category]}
            </h3>
            <p className="text-sm text-slate-600">{QUESTION_CATEGORY_PURPOSE[group.category]}</p>
            {group.questions.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600 italic">
                No questions of this kind yet: add one below.
              </p>
            ) : (
              <ul className="mt-2 divide-y divide-slate-100">
                {group.questions.map((question) => (
                  <li key={question.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <p className="min-w-0 flex-1 text-sm text-slate-900">{question.text}</p>
                    {question.builtIn ? (
                      <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700">
                        Suggested
                      </span>
                    ) : (
                      <form action={deleteAction}>
                        <input type="hidden" name="id" value={question.id} />
                        <Button
                          type="submit"
                          variant="secondary"
                          aria-label={`Delete the question: ${question.text}`}
                        >
                          Delete
                        </Button>
                      </form>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
