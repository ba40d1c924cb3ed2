"use client";

import { type ChangeEvent, type FormEvent, useState } from "react";

/**
 * Checks a form's chosen files in the browser, before anything is sent. A request body over Next's limit
 * never reaches the action, so a file too large to send must be refused here, with the field's message.
 */
export function useFileSizeLimit(maxBytes: number, message: string) {
  const [error, setError] = useState<string>();
  const tooLarge = (input: HTMLInputElement) => [...(input.files ?? [])].some((file) => file.size > maxBytes);
  return {
    /** The field's error while the chosen file is too large. */
    error,
    onChange(event: ChangeEvent<HTMLInputElement>) {
      setError(tooLarge(event.currentTarget) ? message : undefined);
    },
    onSubmit(event: FormEvent<HTMLFormElement>) {
      const inputs = event.currentTarget.querySelectorAll<HTMLInputElement>('input[type="file"]');
      if (![...inputs].some(tooLarge)) return;
      event.preventDefault();
      setError(message);
    },
  };
}
