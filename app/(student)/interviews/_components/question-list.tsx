"use client";

import { useEffect, useRef, useState } from "react";
import { ActionForm } from "@/components/action-form";
import { Button } from "@/components/button";
import { Icon } from "@/components/icon";
import { QUESTION_CATEGORIES, QUESTION_CATEGORY_LABEL, type QuestionCategory } from "@/lib/domain/vocabulary";
import type { ActionState } from "@/lib/validation/action-state";

/** The method's range for one conversation; the form refuses more than the upper bound. */
export const SUGGESTED_QUESTIONS = { min: 8, max: 10 } as const;

type Choice = { id: string; category: QuestionCategory; text: string; builtIn: boolean };
type Focus = { id: string; control: "up" | "down" | "remove" } | { id: "list-heading"; control: "heading" };

/**
 * The questions for one interview as an ordered list: add from the bank, move up or down with buttons
 * (each names its question for a screen reader), remove. The order posted is the order shown.
 */
export function QuestionList(props: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  interviewId: string;
  choices: Choice[];
  chosen: string[];
}) {
  return (
    <ActionForm
      id="question-picker"
      action={props.action}
      initial={{ questionIds: props.chosen.join(",") }}
      hidden={{ id: props.interviewId }}
      submitLabel="Save my questions"
      savedMessage="Questions saved."
    >
      {(shown) => (
        <QuestionListFields
          choices={props.choices}
          initial={(shown.questionIds ?? "").split(",").filter(Boolean)}
        />
      )}
    </ActionForm>
  );
}

function QuestionListFields({ choices, initial }: { choices: Choice[]; initial: string[] }) {
  const byId = new Map(choices.map((c) => [c.id, c]));
  const [order, setOrder] = useState(() => initial.filter((id) => byId.has(id)));
  const [announcement, setAnnouncement] = useState("");
  const container = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<Focus | null>(null);

  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = null;
    const find = (control: string) =>
      container.current?.querySelector<HTMLButtonElement>(
        `[data-control="${CSS.escape(`${focus.id}:${control}`)}"]`,
      );
    const twin = focus.control === "up" ? "down" : "up";
    // A button that just became disabled (top or bottom of the list) can't hold focus: use its twin.
    const target = [find(focus.control), find(twin), find("remove")].find((b) => b && !b.disabled);
    target?.focus();
  }, [order]);

  const textOf = (id: string) => byId.get(id)?.text ?? "";

  function move(index: number, by: -1 | 1) {
    const target = index + by;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    [next[index], next[target]] = [next[target]!, next[index]!];
    pendingFocus.current = { id: order[index]!, control: by < 0 ? "up" : "down" };
    setOrder(next);
    setAnnouncement(`Moved “${textOf(order[index]!)}” to position ${target + 1} of ${order.length}.`);
  }
  function remove(index: number) {
    const id = order[index]!;
    const next = order.filter((_, i) => i !== index);
    const neighbour = next[Math.min(index, next.length - 1)];
    pendingFocus.current = neighbour
      ? { id: neighbour, control: "remove" }
      : { id: "list-heading", control: "heading" };
    setOrder(next);
    setAnnouncement(`Removed “${textOf(id)}”. ${next.length} chosen.`);
  }
  function add(id: string) {
    if (order.length >= SUGGESTED_QUESTIONS.max || order.includes(id)) return;
    pendingFocus.current = { id, control: "remove" };
    setOrder([...order, id]);
    setAnnouncement(`Added “${textOf(id)}” as question ${order.length + 1}.`);
  }

  const full = order.length >= SUGGESTED_QUESTIONS.max;
  return (
    <div ref={container} className="space-y-5">
      <div>
        <h3
          id="chosen-questions-heading"
          data-control="list-heading:heading"
          tabIndex={-1}
          className="text-base font-semibold text-slate-900"
        >
          Your questions, in the order you will ask them
        </h3>
        <QuestionNudge count={order.length} />
      </div>
      {order.length > 0 && (
        // .chosen-questions: app/globals.css.
        <ol aria-labelledby="chosen-questions-heading" className="chosen-questions">
          {order.map((id, index) => (
            <li key={id}>
              <input type="hidden" name="questionId" value={id} />
              <span aria-hidden="true">{index + 1}.</span>
              <p>{textOf(id)}</p>
              <div>
                <IconButton
                  label={`Move up: ${textOf(id)}`}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                  control={`${id}:up`}
                >
                  <Icon name="arrow-up" />
                </IconButton>
                <IconButton
                  label={`Move down: ${textOf(id)}`}
                  disabled={index === order.length - 1}
                  onClick={() => move(index, 1)}
                  control={`${id}:down`}
                >
                  <Icon name="arrow-down" />
                </IconButton>
                <IconButton
                  label={`Remove: ${textOf(id)}`}
                  onClick={() => remove(index)}
                  control={`${id}:remove`}
                >
                  <Icon name="x" />
                </IconButton>
              </div>
            </li>
          ))}
        </ol>
      )}
      <p role="status" className="sr-only">
        {announcement}
      </p>

      <details
        className="rounded-md border border-slate-200 p-3"
        open={order.length < SUGGESTED_QUESTIONS.min}
      >
        <summary className="cursor-pointer text-sm font-semibold text-slate-900">
          Add questions from your bank
        </summary>
        <p className="mt-2 text-sm text-slate-600">
          Open questions across the five kinds work best. Write your own under Prepare.
        </p>
        <div className="mt-3 space-y-4">
          {QUESTION_CATEGORIES.map((category) => {
            const group = choices.filter((q) => q.category === category && !order.includes(q.id));
            if (group.length === 0) return null;
            return (
              <section key={category} aria-label={QUESTION_CATEGORY_LABEL[category]}>
                <h4 className="text-sm font-semibold text-slate-900">{QUESTION_CATEGORY_LABEL[category]}</h4>
                {/* .question-bank: app/globals.css. */}
                <ul className="question-bank">
                  {group.map((q) => (
                    <li key={q.id}>
                      <Button
                        type="button"
                        variant="ghost"
                        size="sm"
                        disabled={full}
                        onClick={() => add(q.id)}
                        aria-label={`Add: ${q.text}`}
                        className="shrink-0"
                      >
                        <Icon name="plus" />
                        Add
                      </Button>
                      <span>
                        {q.text}
                        {!q.builtIn && <small> (mine)</small>}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      </details>
    </div>
  );
}

/** "You have 3 — the method suggests 8–10": a nudge, not a rule, until the maximum. */
export function QuestionNudge({ count }: { count: number }) {
  const { min, max } = SUGGESTED_QUESTIONS;
  const message =
    count === 0
      ? `None chosen yet — the method suggests ${min}–${max}.`
      : count < min
        ? `You have ${count} — the method suggests ${min}–${max}.`
        : count < max
          ? `${count} questions: within the method's ${min}–${max}.`
          : `${count} questions: that's the most for one conversation. Remove one to add another.`;
  return (
    <p className={`mt-1 text-sm ${count < min ? "text-amber-900" : "text-slate-600"}`} aria-live="polite">
      {message}
    </p>
  );
}

function IconButton({
  label,
  disabled,
  onClick,
  control,
  children,
}: {
  label: string;
  disabled?: boolean;
  onClick: () => void;
  /** Where focus goes back to after the list changes. */
  control: string;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      data-control={control}
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
      className="icon-btn"
    >
      {children}
    </button>
  );
}
