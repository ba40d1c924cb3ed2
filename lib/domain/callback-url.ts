/**
 * Reduces a requested post-sign-in destination to a path on our own origin. Anything that a browser could
 * resolve to another origin (`//host`, `/\host`, absolute URLs elsewhere, `javascript:`) becomes `fallback`.
 */
export function safeCallbackPath(raw: string | null | undefined, appOrigin: string, fallback = "/"): string {
  if (!raw) return fallback;
  const value = raw.trim();
  // Browsers treat backslashes as slashes and ignore tabs/newlines inside URLs; refuse them outright.
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(value, appOrigin);
  } catch {
    return fallback;
  }
  if (parsed.origin !== new URL(appOrigin).origin) return fallback;
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return fallback;
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  // Sign-in pages as destinations would loop.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/sign-in")) return fallback;
  return path;
}
