import type { SelectHTMLAttributes } from "react";
import { controlClass, FieldFrame, fieldIds } from "./field-frame";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  hint?: string;
  errors?: string[];
};

export function SelectField({ name, label, options, hint, errors, id, ...props }: Props) {
  const ids = fieldIds(name, hint, errors, id);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} errors={errors}>
      <select
        id={ids.inputId}
        name={name}
        aria-invalid={ids.errorId ? true : undefined}
        aria-describedby={ids.describedBy}
        className={controlClass(Boolean(ids.errorId))}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
