import type { InputHTMLAttributes } from "react";

export function CheckboxField({
  name,
  label,
  hint,
  id: ownId,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; hint?: string }) {
  const id = ownId ?? `field-${name}`;
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        name={name}
        type="checkbox"
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="accent-brand-700 mt-0.5 size-5 shrink-0 rounded-sm border-slate-400"
        {...props}
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-900">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-sm text-slate-600">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
