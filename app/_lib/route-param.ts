import { notFound } from "next/navigation";
import { parseRouteParam } from "@/lib/validation/route-params";

/** A URL segment that cannot name a record answers 404, like one that names nobody's record. */
export function routeParam(value: string): string {
  const parsed = parseRouteParam(value);
  if (parsed === null) notFound();
  return parsed;
}
