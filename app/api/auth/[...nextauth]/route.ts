import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { guardEmailCallback } from "@/lib/auth/email-callback-guard";
import { withSafeCallbackUrl } from "@/lib/auth/safe-auth-request";
import { getEnv } from "@/lib/env";

export async function GET(request: NextRequest) {
  const env = getEnv();
  return (
    (await guardEmailCallback(request, env.APP_URL, env.AUTH_SECRET)) ??
    handlers.GET(withSafeCallbackUrl(request, env.APP_URL))
  );
}

export async function POST(request: NextRequest) {
  const env = getEnv();
  return (
    (await guardEmailCallback(request, env.APP_URL, env.AUTH_SECRET)) ??
    handlers.POST(withSafeCallbackUrl(request, env.APP_URL))
  );
}
