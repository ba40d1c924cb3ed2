"use client";

import { Check, Copy } from "lucide-react";
import { useActionState, useState } from "react";
import { Button } from "@/components/button";
import { calendarFeedAction, type CalendarFeedActionState } from "../calendar-feed-actions";

const IDLE: CalendarFeedActionState = { status: "idle" };

function CopyableAddress({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-2">
      <label htmlFor="calendar-feed-url" className="block text-sm font-medium text-slate-900">
        Your calendar feed address
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id="calendar-feed-url"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900"
        />
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(url);
            setCopied(true);
          }}
        >
          {copied ? (
            <Check aria-hidden="true" className="size-4" />
          ) : (
            <Copy aria-hidden="true" className="size-4" />
          )}
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <p role="status" className="text-sm text-slate-700">
        {copied ? "Copied. Paste it into your calendar app’s “subscribe” or “add from URL”." : ""}
      </p>
    </div>
  );
}

/** Create, reset or turn off the feed. A new address is shown once: only a fingerprint of it is kept. */
export function CalendarFeedControls({ activeSince }: { activeSince: string | null }) {
  const [state, act, pending] = useActionState(calendarFeedAction, IDLE);
  const created = state.status === "created" ? state : null;
  const active = created !== null || (activeSince !== null && state.status !== "off");

  return (
    <div className="space-y-4">
      {created ? (
        <div className="border-brand-200 bg-brand-50 space-y-3 rounded-md border p-4">
          <CopyableAddress url={created.webcalUrl} />
          <p className="text-sm text-slate-700">
            <a href={created.webcalUrl} className="link-in-text">
              Open it in your calendar app
            </a>
            . Copy it now: Fieldnotes keeps only a fingerprint of it and cannot show it again.
          </p>
        </div>
      ) : active ? (
        <p className="text-sm text-slate-700">
          Your calendar feed is on (link made {activeSince}). For your privacy the link is shown only once; if
          you lost it, reset it and subscribe to the new one.
        </p>
      ) : (
        <p className="text-sm text-slate-700">No calendar feed yet.</p>
      )}
      <div className="flex flex-wrap gap-3">
        <form action={act}>
          <input type="hidden" name="intent" value="reset" />
          <Button type="submit" variant={active ? "secondary" : "primary"} disabled={pending}>
            {active ? "Reset link" : "Create calendar link"}
          </Button>
        </form>
        {active ? (
          <form action={act}>
            <input type="hidden" name="intent" value="off" />
            <Button type="submit" variant="danger" disabled={pending}>
              Turn off feed
            </Button>
          </form>
        ) : null}
      </div>
      {active ? (
        <p className="text-xs text-slate-600">Resetting or turning off stops the old link at once.</p>
      ) : null}
    </div>
  );
}
