"use client";

import { useCallback, useState } from "react";
import type { ActionState } from "@/lib/validation/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * Two forms on one page save the same versioned interview. A form must start afresh (and post the new
 * version) when the *other* form moved the version on, but not after its own save, or its "Saved."
 * confirmation would vanish with the remount. Returns a key for the form and its action, wrapped to note
 * the versions its own saves produced.
 */
export function useForeignVersionKey(version: string, action: Action): { key: string; action: Action } {
  // Written as soon as a save answers, before React renders the new version: a set, not state, on purpose.
  const [ownVersions] = useState(() => new Set<string>());
  const [key, setKey] = useState(version);
  const [seen, setSeen] = useState(version);
  if (version !== seen) {
    setSeen(version);
    if (!ownVersions.has(version)) setKey(version);
  }
  const wrapped = useCallback<Action>(
    async (state, formData) => {
      const result = await action(state, formData);
      if (result.status === "success" && result.values.version) ownVersions.add(result.values.version);
      return result;
    },
    [action, ownVersions],
  );
  return { key, action: wrapped };
}
