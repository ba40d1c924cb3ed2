import type { ReactNode } from "react";

/**
 * Label, hint and error around any control, wired for screen readers through aria-describedby ids. Ids
 * default to the field's name; a form repeated on one page (one per record) passes its own `id`.
 */
export function fieldIds(name: string, hint?: string, errors?: string[], id?: string) {
  const inputId = id ?? `field-${name}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  return { inputId, hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

export function FieldFrame({
  ids,
  label,
  hint,
  errors,
  children,
}: {
  ids: ReturnType<typeof fieldIds>;
  label: string;
  hint?: string;
  errors?: string[];
  children: ReactNode;
}) {
  // GOV.UK's pattern: the error sits between the hint and the control, and a bar marks the whole field.
  return (
    <div className={`space-y-1 ${ids.errorId ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={ids.inputId} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={ids.hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {ids.errorId && (
        <p id={ids.errorId} className="text-sm font-medium text-red-700">
          {errors!.join(" ")}
        </p>
      )}
      {children}
    </div>
  );
}

// .control and .control-invalid (app/globals.css): 16 px text on phones keeps iOS from zooming into the field;
// 14 px from `sm` up matches the page.
export const controlClass = (invalid: boolean) => (invalid ? "control control-invalid" : "control");
