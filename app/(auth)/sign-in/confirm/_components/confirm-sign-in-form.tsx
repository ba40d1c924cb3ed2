"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/button";

/**
 * Posts the emailed token to Auth.js with its CSRF token. Fetching /api/auth/csrf sets the matching cookie
 * in this browser, so a form posted from anywhere else (or a link opened from anywhere) signs nobody in.
 */
export function ConfirmSignInForm({ action }: { action: string }) {
  const [csrfToken, setCsrfToken] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    fetch("/api/auth/csrf", { credentials: "same-origin" })
      .then((response) => response.json() as Promise<{ csrfToken?: string }>)
      .then((body) => {
        if (!cancelled && body.csrfToken) setCsrfToken(body.csrfToken);
        else if (!cancelled) setFailed(true);
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, []);
  return (
    <form method="post" action={action} className="mt-5">
      <input type="hidden" name="csrfToken" value={csrfToken ?? ""} />
      <Button type="submit" className="w-full" disabled={!csrfToken}>
        Sign in
      </Button>
      {failed && (
        <p role="alert" className="mt-3 text-sm text-red-700">
          Something went wrong preparing the sign-in. Reload this page and try again.
        </p>
      )}
    </form>
  );
}
