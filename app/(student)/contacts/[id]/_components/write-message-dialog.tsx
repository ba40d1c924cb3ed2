"use client";

import { PenLine } from "lucide-react";
import type { ButtonVariant } from "@/components/button";
import { Dialog } from "@/components/dialog";
import type { OutreachTemplate } from "@/lib/domain/outreach-templates";
import { CopyText } from "./copy-text";

/**
 * The message templates, out of the way until asked for: filled in with the contact's details and the
 * student's pitch, each with a Copy button. The suggested follow-up, when one is due, comes first.
 */
export function WriteMessageDialog({
  label,
  variant,
  contactName,
  hasPitch,
  messages,
}: {
  label: string;
  variant: ButtonVariant;
  contactName: string;
  hasPitch: boolean;
  messages: OutreachTemplate[];
}) {
  return (
    <Dialog
      triggerLabel={label}
      triggerVariant={variant}
      triggerIcon={<PenLine aria-hidden="true" className="size-4" />}
      title={`Write to ${contactName}`}
      description={
        <>
          Filled in with {contactName}’s details
          {hasPitch
            ? " and your elevator pitch"
            : " (write an elevator pitch on Prepare and it appears here)"}
          . Edit them to sound like you, send, then log what you sent under Outreach.
        </>
      }
    >
      <div className="space-y-8">
        {messages.map((message) => (
          <section key={message.id} aria-labelledby={`template-${message.id}`} className="space-y-3">
            <h3 id={`template-${message.id}`} className="text-base font-semibold text-slate-900">
              {message.label}
            </h3>
            {message.subject && <CopyText label={`${message.label}: subject`} text={message.subject} />}
            <CopyText
              label={`${message.label}: message`}
              text={message.body}
              rows={message.id === "linkedin" ? 5 : 9}
            />
          </section>
        ))}
      </div>
    </Dialog>
  );
}
