// The headers every response carries. Pure: proxy.ts supplies the request's nonce and the configuration.

export type SecurityHeaderOptions = {
  /** Fresh for every request: Next reads it back from the request's CSP header and puts it on its scripts. */
  nonce: string;
  /** APP_URL is https: browsers may then be told to use nothing else. */
  https: boolean;
  /** `next dev` rebuilds error stacks with eval; production never needs it. */
  dev: boolean;
  /** Origins a form may be sent on to besides our own: the OIDC provider the SSO button redirects to. */
  formTargets?: string[];
};

export function contentSecurityPolicy({ nonce, https, dev, formTargets = [] }: SecurityHeaderOptions) {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts our nonced scripts load are trusted; 'self' and hosts are ignored by browsers
    // that understand it, so an injected <script src> from our own origin does not run either.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // React renders `style` props as attributes in server HTML (chart containers, progress bars). Attribute
    // styles cannot run script; allowing them keeps <style> elements nonce-only.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...formTargets].join(" "),
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    // For browsers that predate frame-ancestors.
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Over plain http the header is ignored, and sending it from a dev machine would pin localhost to https.
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** 128 random bits, base64: unguessable, and a valid CSP nonce-source. */
export function createNonce() {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
