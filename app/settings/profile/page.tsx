import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { getMyProfile } from "@/lib/data/student/profile/profile";
import { zoneChoices } from "@/lib/domain/time-zone-names";
import { ProfileForm } from "./_components/profile-form";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const profile = await getMyProfile();
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Profile</h1>
        <p className="mt-1 text-slate-600">
          Your name goes into your message templates and what your advisor sees. Signed in as {profile.email}.
          See also{" "}
          <Link href="/settings/notifications" className="link-in-text">
            email notifications
          </Link>
          .
        </p>
      </div>
      <Card>
        <ProfileForm
          choices={zoneChoices()}
          initial={{
            name: profile.name,
            pronouns: profile.pronouns,
            academicYear: profile.academicYear,
            major: profile.major,
            expectedGraduation: profile.expectedGraduation,
            timeZone: profile.timeZone ?? "",
          }}
        />
      </Card>
    </div>
  );
}
