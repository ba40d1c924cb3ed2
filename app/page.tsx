import { redirect } from "next/navigation";
import { HOME_PATH } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";

export default async function IndexPage() {
  const viewer = await getViewer();
  redirect(viewer ? HOME_PATH[viewer.role] : "/sign-in");
}
