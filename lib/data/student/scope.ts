import "server-only";
import { requirePermission, type Viewer } from "@/lib/auth/session";

/** The signed-in student whose records are being read or written; anyone else meets a 404. */
export function requireStudent(): Promise<Viewer> {
  return requirePermission("own-records:manage");
}

/** The outcome of an edit guarded by a version: saved, or refused because someone saved in between. */
export type VersionedSave = { status: "saved"; id: string; version: number } | { status: "stale" };
