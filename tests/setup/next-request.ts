// The request a test is "making": what the next/headers mock (tests/setup/per-file.ts) reports to the
// code under test. Outside a Next.js request the real `headers()`/`cookies()` throw.

type CookieOptions = { maxAge?: number; expires?: Date | number | string };

const jar = new Map<string, string>();

/** Auth.js's session cookie on plain http (APP_URL in tests); https would add a `__Secure-` prefix. */
export const SESSION_COOKIE = "authjs.session-token";

export function setRequestCookie(name: string, value: string) {
  jar.set(name, value);
}

/** A request with no cookies: nobody signed in. per-file.ts calls it before every test. */
export function resetRequest() {
  jar.clear();
}

function requestHeaders() {
  const appUrl = new URL(process.env.APP_URL ?? "http://localhost:3000");
  const headers = new Headers({ host: appUrl.host, "x-forwarded-proto": appUrl.protocol.replace(":", "") });
  const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  if (cookie) headers.set("cookie", cookie);
  return headers;
}

function isExpired(options?: CookieOptions) {
  if (options?.maxAge !== undefined && options.maxAge <= 0) return true;
  return options?.expires !== undefined && new Date(options.expires).getTime() <= Date.now();
}

function cookieStore() {
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    // Next accepts (name, value, options) or ({ name, value, ...options }); a cookie set to expire is removed.
    set(
      nameOrCookie: string | ({ name: string; value: string } & CookieOptions),
      value?: string,
      options?: CookieOptions,
    ) {
      const cookie =
        typeof nameOrCookie === "string"
          ? { name: nameOrCookie, value: value ?? "", ...options }
          : nameOrCookie;
      if (isExpired(cookie)) jar.delete(cookie.name);
      else jar.set(cookie.name, cookie.value);
    },
    delete(name: string) {
      jar.delete(name);
    },
    toString: () => requestHeaders().get("cookie") ?? "",
  };
}

export const nextHeadersMock = {
  headers: async () => requestHeaders(),
  cookies: async () => cookieStore(),
};
