import type { InputHTMLAttributes } from "react";
import { controlClass, FieldFrame, fieldIds } from "./field-frame";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/** A labelled input whose hint and errors are announced with it (aria-describedby). */
export function TextField({ name, label, hint, errors, id, ...input }: Props) {
  const ids = fieldIds(name, hint, errors, id);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} errors={errors}>
      <input
        id={ids.inputId}
        name={name}
        aria-invalid={ids.errorId ? true : undefined}
        aria-describedby={ids.describedBy}
        className={controlClass(Boolean(ids.errorId))}
        {...input}
      />
    </FieldFrame>
  );
}
