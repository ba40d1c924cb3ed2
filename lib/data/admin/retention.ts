import "server-only";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import {
  findRetentionCandidates,
  readRetentionDays,
  type RetentionCandidate,
} from "@/lib/data/internal/retention-purge";

export type RetentionPreview =
  { retentionDays: null } | { retentionDays: number; candidates: RetentionCandidate[]; asOf: Date };

/**
 * The dry run: exactly who the next retention purge would delete if it ran now, and why. Changes nothing.
 * Admins only; anyone else meets a 404.
 */
export async function previewRetentionPurge(now: Date = new Date()): Promise<RetentionPreview> {
  await requirePermission("settings:manage");
  const db = getDb();
  const retentionDays = await readRetentionDays(db);
  if (retentionDays === null) return { retentionDays: null };
  return { retentionDays, candidates: await findRetentionCandidates(db, now, retentionDays), asOf: now };
}
