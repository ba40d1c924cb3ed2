"use server";

import { notFound, redirect } from "next/navigation";
import { unsubscribeWithToken } from "@/lib/data/digests/preferences";
import { parseRouteParam } from "@/lib/validation/route-params";

/** The confirmation page's button. No session needed: the signed token in the form is the authorization. */
export async function unsubscribeAction(formData: FormData): Promise<void> {
  const token = parseRouteParam(formData.get("token"));
  if (token === null || !(await unsubscribeWithToken(token))) notFound();
  redirect(`/unsubscribe/${encodeURIComponent(token)}`);
}
