import { CircleCheck } from "lucide-react";
import type { ReactNode } from "react";

/**
 * The one "it worked" confirmation: a form's save, a page reached after creating something ("Ana was
 * added."), a one-click log. A status region, so screen readers announce it; nothing when there is nothing
 * to say.
 */
export function SavedBanner({ children }: { children: ReactNode }) {
  if (children === null || children === undefined || children === false || children === "") return null;
  return (
    <p
      role="status"
      className="flex items-start gap-2 rounded-md border border-green-200 bg-green-50 p-3 text-sm font-medium text-green-800"
    >
      <CircleCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>{children}</span>
    </p>
  );
}
