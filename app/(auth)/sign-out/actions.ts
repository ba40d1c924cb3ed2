"use server";

import { signOut } from "@/lib/auth/auth";

export async function signOutAction() {
  // Deletes the database session row, so the cookie is dead everywhere it was copied.
  await signOut({ redirectTo: "/sign-in" });
}
