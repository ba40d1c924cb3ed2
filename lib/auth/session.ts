import "server-only";
import { redirect } from "next/navigation";
import { notFound } from "@/lib/errors";
import { cache } from "react";
import type { Role } from "@/lib/auth/roles";
import { auth } from "./auth";
import { can, type Permission } from "./permissions";

export type Viewer = { id: string; name: string | null; email: string; role: Role };

/**
 * Who is calling, for this request. The database session lookup reloads the user row every request, so a
 * deactivated person is signed out at their next click; a role change applies at once.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.active) return null;
  return { id: user.id, name: user.name ?? null, email: user.email, role: user.role };
});

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}

/** A viewer without the permission meets the same 404 as a missing page: no hint that it exists. */
export async function requirePermission(permission: Permission): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!can(viewer.role, permission)) notFound();
  return viewer;
}
