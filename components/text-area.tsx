import type { TextareaHTMLAttributes } from "react";
import { controlClass, FieldFrame, fieldIds } from "./field-frame";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

export function TextArea({ name, label, hint, errors, rows = 4, id, ...props }: Props) {
  const ids = fieldIds(name, hint, errors, id);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} errors={errors}>
      <textarea
        id={ids.inputId}
        name={name}
        rows={rows}
        aria-invalid={ids.errorId ? true : undefined}
        aria-describedby={ids.describedBy}
        className={controlClass(Boolean(ids.errorId))}
        {...props}
      />
    </FieldFrame>
  );
}
