import type { Metadata } from "next";
import { Card } from "@/components/card";
import { getMyPreparation } from "@/lib/data/student/prepare/preparation";
import { addQuestionAction, deleteQuestionAction, savePitchAction } from "./actions";
import { PitchForm } from "./_components/pitch-form";
import { QuestionBank } from "./_components/question-bank";
import { QuestionForm } from "./_components/question-form";

export const metadata: Metadata = { title: "Prepare" };

export default async function PreparePage() {
  const preparation = await getMyPreparation();
  const ownCount = preparation.questionBank.reduce(
    (n, group) => n + group.questions.filter((q) => !q.builtIn).length,
    0,
  );
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Prepare</h1>
        <p className="mt-1 text-slate-600">
          Step 3: a pitch you can say without notes, and good questions ready before every interview.
        </p>
      </div>
      <Card title="Elevator pitch">
        <p className="mb-4 text-sm text-slate-600">
          You will use this to open every conversation and in your outreach messages. Write it once, say it
          out loud, and keep improving it.
        </p>
        <PitchForm
          action={savePitchAction}
          initial={{ elevatorPitch: preparation.elevatorPitch }}
          version={preparation.version}
        />
      </Card>
      <Card title="Question bank">
        <p className="mb-4 text-sm text-slate-600">
          Grouped by TIARA: trends, insights, advice, resources, assignments. Pick 8–10 of these for each
          interview; open-ended questions get the best answers.
          {ownCount === 0 && " Add your own below: questions about their path and their advice work best."}
        </p>
        <QuestionBank groups={preparation.questionBank} deleteAction={deleteQuestionAction} />
      </Card>
      <Card title="Add a question">
        <QuestionForm action={addQuestionAction} />
      </Card>
    </div>
  );
}
