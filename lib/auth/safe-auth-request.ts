import { NextRequest } from "next/server";
import { safeCallbackPath } from "@/lib/domain/callback-url";

const CALLBACK_COOKIES = new Set(["authjs.callback-url", "__Secure-authjs.callback-url"]);

/**
 * Auth.js answers a callbackUrl it cannot parse as http(s) (`javascript:…`, a tab before `//host`) with a
 * 500 "server configuration" error before our redirect callback ever sees it. Reducing the query parameter
 * and the callback cookie to a same-origin path first lets such a link land on a normal page instead.
 */
export function withSafeCallbackUrl(request: NextRequest, appUrl: string): NextRequest {
  const url = new URL(request.url);
  const raw = url.searchParams.get("callbackUrl");
  let changed = false;
  if (raw !== null) {
    const safe = safeCallbackPath(raw, appUrl);
    if (safe !== raw) {
      url.searchParams.set("callbackUrl", safe);
      changed = true;
    }
  }
  const headers = new Headers(request.headers);
  const cookieHeader = request.headers.get("cookie");
  if (cookieHeader) {
    const rewritten = cookieHeader.split(";").map((pair) => {
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      if (at < 0 || !CALLBACK_COOKIES.has(name)) return pair;
      const value = decodeCookieValue(pair.slice(at + 1).trim());
      const safe = safeCallbackPath(value, appUrl);
      if (safe === value) return pair;
      changed = true;
      return ` ${name}=${encodeURIComponent(safe)}`;
    });
    headers.set("cookie", rewritten.join(";").trim());
  }
  if (!changed) return request;
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new NextRequest(url, {
    method: request.method,
    headers,
    body: hasBody ? request.body : undefined,
    // A streamed body needs half duplex in Node's fetch.
    ...(hasBody ? { duplex: "half" } : {}),
  });
}

function decodeCookieValue(value: string) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
