"use client";

import { useState } from "react";
import { TextArea } from "@/components/text-area";
import { PITCH_MAX_LENGTH } from "@/lib/validation/form-options";
import { plural } from "@/lib/domain/plural";

// People speak about 150 words a minute: 75–150 words is a 30–60 second pitch.
const WORDS_PER_SECOND = 2.5;

function countWords(text: string) {
  return text.split(/\s+/).filter(Boolean).length;
}

function lengthAdvice(words: number) {
  if (words === 0) return "";
  if (words < 75) return " A little short: add what you are exploring and why.";
  if (words > 150) return " A little long: try cutting to the one thing you most want them to know.";
  return " A good length.";
}

export function PitchField({ defaultValue, errors }: { defaultValue: string; errors?: string[] }) {
  const [text, setText] = useState(defaultValue);
  const words = countWords(text);
  const seconds = Math.round(words / WORDS_PER_SECOND);
  return (
    <div className="space-y-1">
      <TextArea
        name="elevatorPitch"
        label="Elevator pitch"
        hint="Who you are, what you are exploring, and what you hope to learn. Aim for 30–60 seconds spoken, about 75–150 words."
        rows={7}
        defaultValue={defaultValue}
        onChange={(event) => setText(event.target.value)}
        errors={errors}
      />
      <p className="text-sm text-slate-600">
        {plural(words, "word")}, about {plural(seconds, "second")} spoken · {text.length} of{" "}
        {PITCH_MAX_LENGTH} characters.{lengthAdvice(words)}
      </p>
    </div>
  );
}
