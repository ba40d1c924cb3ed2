// The request a test is "making": what the next/headers mock (tests/setup/per-file.ts) reports to the
// code under test. Outside a Next.js request the real `headers()`/`cookies()` throw.

type CookieOptions = { maxAge?: number; expires?: Date | number | string };

const jar = new Map<string, string>();
const extraHeaders = new Map<string, string>();
let afterTasks: (() => unknown)[] = [];

/** Auth.js's session cookie on plain http (APP_URL in tests); https would add a `__Secure-` prefix. */
export const SESSION_COOKIE = "authjs.session-token";

export function setRequestCookie(name: string, value: string) {
  jar.set(name, value);
}

/** A header the request carries, e.g. the socket address that per-client limits key on. */
export function setRequestHeader(name: string, value: string) {
  extraHeaders.set(name, value);
}

/** A request with no cookies: nobody signed in. per-file.ts calls it before every test. */
export function resetRequest() {
  jar.clear();
  extraHeaders.clear();
}

/** Drops work a previous test scheduled and never ran. per-file.ts calls it before every test. */
export function discardAfterTasks() {
  afterTasks = [];
}

/** Next's `after()`: outside a server the work waits until the test says the response has gone. */
export function after(task: () => unknown) {
  afterTasks.push(task);
}

/** Runs what `after()` scheduled, as Next does once the response is sent (tasks added meanwhile too). */
export async function runAfterResponse() {
  while (afterTasks.length > 0) {
    const tasks = afterTasks;
    afterTasks = [];
    for (const task of tasks) await task();
  }
}

function requestHeaders() {
  const appUrl = new URL(process.env.APP_URL ?? "http://localhost:3000");
  const headers = new Headers({ host: appUrl.host, "x-forwarded-proto": appUrl.protocol.replace(":", "") });
  const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  if (cookie) headers.set("cookie", cookie);
  for (const [name, value] of extraHeaders) headers.set(name, value);
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
