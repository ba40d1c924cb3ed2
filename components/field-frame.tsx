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
  return (
    <div className="space-y-1">
      <label htmlFor={ids.inputId} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {hint && (
        <p id={ids.hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children}
      {ids.errorId && (
        <p id={ids.errorId} className="text-sm font-medium text-red-700">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

export const controlClass = (invalid: boolean) =>
  `block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-sm ${
    invalid ? "border-red-600" : "border-slate-300"
  }`;
