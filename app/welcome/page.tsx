import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { Card } from "@/components/card";
import { requireViewer } from "@/lib/auth/session";
import { getMyProfile } from "@/lib/data/student/profile/profile";
import { zoneChoices } from "@/lib/domain/time-zone-names";
import { ProfileForm } from "@/app/settings/profile/_components/profile-form";

export const metadata: Metadata = { title: "Welcome" };

/**
 * The one step between a first sign-in and home, for a student without a name (someone who signed in by
 * email and was not on a roster or signed in through SSO with one): their name and their time zone.
 */
export default async function WelcomePage() {
  await connection();
  const viewer = await requireViewer();
  if (viewer.role !== "student") redirect("/");
  const profile = await getMyProfile();
  if (profile.name.trim() !== "" && profile.timeZone !== null) redirect("/home");
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="text-brand-800 mb-6 text-center text-2xl font-semibold">Fieldnotes</p>
      <Card>
        <h1 className="text-2xl font-semibold text-slate-900">Welcome to Fieldnotes</h1>
        <p className="mt-1 mb-5 text-sm text-slate-600">
          Two things before you start: what to call you, and your time zone, so “today” is your today.
        </p>
        <ProfileForm
          welcome
          choices={zoneChoices()}
          initial={{ name: profile.name, pronouns: profile.pronouns, timeZone: profile.timeZone ?? "" }}
        />
      </Card>
    </main>
  );
}
