"use client";

import { ActionForm } from "@/components/action-form";
import { sendTestDigestAction } from "../actions";

export function SendTestForm({ userId, kind }: { userId: string; kind: string }) {
  return (
    <ActionForm
      id="send-test-digest"
      action={sendTestDigestAction}
      initial={{}}
      hidden={{ userId, kind }}
      submitLabel="Send a test to myself"
      savedMessage="Test digest sent to your address."
    >
      {() => null}
    </ActionForm>
  );
}
