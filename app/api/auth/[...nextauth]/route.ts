import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { withSafeCallbackUrl } from "@/lib/auth/safe-auth-request";
import { getEnv } from "@/lib/env";

export function GET(request: NextRequest) {
  return handlers.GET(withSafeCallbackUrl(request, getEnv().APP_URL));
}

export function POST(request: NextRequest) {
  return handlers.POST(withSafeCallbackUrl(request, getEnv().APP_URL));
}
