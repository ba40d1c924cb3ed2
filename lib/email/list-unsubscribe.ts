import { signUnsubscribeToken, type UnsubscribeClaim } from "@/lib/domain/unsubscribe-token";

// RFC 8058 one-click unsubscribe, the same for every mail that can be turned off (the weekly digests, the
// daily reminder): a signed link to /unsubscribe/<token>, named in the headers mail clients act on.

export type ListUnsubscribe = { url: string; headers: Record<string, string> };

/** The unsubscribe link for one recipient and kind of mail, and the headers that carry it. */
export function listUnsubscribe(appUrl: string, claim: UnsubscribeClaim, secret: string): ListUnsubscribe {
  const url = `${appUrl}/unsubscribe/${signUnsubscribeToken(claim, secret)}`;
  return {
    url,
    headers: { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}
