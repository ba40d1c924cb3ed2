"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/button";

/**
 * A template the student copies into their mail or LinkedIn: readonly text plus a "Copy" button whose result
 * is announced. Where the clipboard is refused (an old browser, an insecure origin) the text is selected
 * instead, with a hint to copy it by hand.
 */
export function CopyText({ label, text, rows }: { label: string; text: string; rows?: number }) {
  const id = useId();
  const fieldRef = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const [status, setStatus] = useState<"idle" | "copied" | "manual">("idle");
  useEffect(() => {
    if (status !== "copied") return;
    const timer = setTimeout(() => setStatus("idle"), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      fieldRef.current?.select();
      setStatus("manual");
    }
  }

  const fieldClass =
    "block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-900";
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {rows ? (
        <textarea id={id} ref={fieldRef} readOnly rows={rows} value={text} className={fieldClass} />
      ) : (
        <input id={id} ref={fieldRef} readOnly value={text} className={`${fieldClass} min-h-11`} />
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="secondary" onClick={copy} aria-describedby={`${id}-status`}>
          Copy<span className="sr-only"> {label}</span>
        </Button>
        <p id={`${id}-status`} role="status" className="text-sm font-medium text-green-800">
          {status === "copied"
            ? "Copied"
            : status === "manual"
              ? "Selected: press Ctrl+C (⌘C on a Mac) to copy."
              : ""}
        </p>
      </div>
    </div>
  );
}
