/**
 * What a refused sign-in request tells the person. Neither message depends on whether the address has an
 * account: the counters behind them count every address alike.
 */
export function signInRefusalMessage(refusal: { reason: "client" | "address"; retryAfterSeconds: number }) {
  const minutes = Math.max(1, Math.ceil(refusal.retryAfterSeconds / 60));
  const wait = `${minutes} minute${minutes === 1 ? "" : "s"}`;
  if (refusal.reason === "client") {
    return `Too many sign-in requests from this device. Please wait ${wait} and try again.`;
  }
  return (
    "Several sign-in links were asked for this address in the last 15 minutes, so we are not sending " +
    "another yet. If the address can sign in, use the newest link in its inbox, or try again in " +
    `${wait}. On a device you have signed in with before, you can ask for a link at any time.`
  );
}
