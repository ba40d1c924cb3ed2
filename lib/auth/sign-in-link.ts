/**
 * Auth.js hands us a link to its own callback, built from the incoming request. We mail a link to our
 * confirmation page instead, built only from the configured app origin, carrying the same token: a GET of
 * it consumes nothing; the page's "Sign in" button does.
 */
export function confirmationLinkFor(authCallbackUrl: string, appOrigin: string): string {
  const source = new URL(authCallbackUrl);
  const target = new URL("/sign-in/confirm", appOrigin);
  for (const key of ["token", "email", "callbackUrl"] as const) {
    const value = source.searchParams.get(key);
    if (value) target.searchParams.set(key, value);
  }
  return target.toString();
}
