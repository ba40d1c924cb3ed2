import { Heading, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import type { Digest, DigestGroup } from "@/lib/domain/digest";
import { digestText } from "./digest-text";
import { EmailItemSection, EmailUnsubscribeFooter } from "./item-section";
import { EmailLayout, EmailLink, EmailRule, EmailText, mailColors, mutedStyle } from "./layout";
import {
  compileMailTemplate,
  escapeHtml,
  placeholder,
  placeholderLength,
  type MailTemplate,
} from "./mail-template";
import { renderMailFragment, renderMailHtml } from "./render-mail";

type Props = { digest: Digest; unsubscribeUrl: string; preferencesUrl: string };

// Text only, no images and a single column: it reads the same on a phone and in a client that blocks
// images. Every line is a link to the page it is about; there is no button, because every item is an action.

type ShellProps = {
  kind: Digest["kind"];
  preview: string;
  greeting: string;
  unsubscribeUrl: string;
  preferencesUrl: string;
  children: ReactNode;
};

/** Everything around the digest's groups: the layout, the greeting and the footer. */
function DigestShell({ kind, preview, greeting, unsubscribeUrl, preferencesUrl, children }: ShellProps) {
  const what = kind === "student" ? "weekly student digest" : "weekly advisor digest";
  return (
    <EmailLayout
      preview={preview}
      heading="Your week in Fieldnotes"
      footer={
        <EmailUnsubscribeFooter
          reason={`You get this ${what} because it is on in your Fieldnotes settings.`}
          preferencesUrl={preferencesUrl}
          unsubscribeUrl={unsubscribeUrl}
          unsubscribeLabel="Unsubscribe from this digest"
        />
      }
    >
      <EmailText>{greeting}</EmailText>
      {children}
    </EmailLayout>
  );
}

function DigestGroups({ groups }: { groups: readonly DigestGroup[] }) {
  return groups.map((group, g) => (
    <Section key={g}>
      {g > 0 || group.heading ? <EmailRule /> : null}
      {group.heading ? (
        <Heading
          as="h2"
          className="fn-heading"
          style={{
            color: mailColors.text,
            fontSize: "18px",
            lineHeight: "27px",
            fontWeight: 600,
            margin: "0 0 4px",
          }}
        >
          {group.href ? <EmailLink href={group.href}>{group.heading}</EmailLink> : group.heading}
        </Heading>
      ) : null}
      {group.summary ? (
        <Text className="fn-muted" style={{ ...mutedStyle, margin: "0 0 16px" }}>
          {group.summary}
        </Text>
      ) : null}
      {group.sections.map((section, s) => (
        <EmailItemSection key={s} {...section} />
      ))}
    </Section>
  ));
}

/** The whole digest as one React tree: the reference the fast path below must match byte for byte. */
export function DigestEmail({ digest, unsubscribeUrl, preferencesUrl }: Props) {
  return (
    <DigestShell
      kind={digest.kind}
      preview={digest.preview}
      greeting={digest.greeting}
      unsubscribeUrl={unsubscribeUrl}
      preferencesUrl={preferencesUrl}
    >
      <DigestGroups groups={digest.groups} />
    </DigestShell>
  );
}

// react-email's <Preview> pads its text to 150 characters with invisible ones, so the shell differs with the
// preview's length: one template per kind and length, each rendered once per process.
const PREVIEW_MAX_LENGTH = 150;
type ShellSlot = "preview" | "greeting" | "unsubscribeUrl" | "preferencesUrl" | "groups";
const SHELL_SLOTS: readonly ShellSlot[] = [
  "preview",
  "greeting",
  "unsubscribeUrl",
  "preferencesUrl",
  "groups",
];
const shells = new Map<string, Promise<MailTemplate<ShellSlot>>>();

function digestShell(kind: Digest["kind"], previewLength: number): Promise<MailTemplate<ShellSlot>> {
  const key = `${kind} ${previewLength}`;
  let shell = shells.get(key);
  if (!shell) {
    shell = renderMailHtml(
      <DigestShell
        kind={kind}
        preview={placeholder("preview", previewLength)}
        greeting={placeholder("greeting")}
        unsubscribeUrl={placeholder("unsubscribeUrl")}
        preferencesUrl={placeholder("preferencesUrl")}
      >
        {placeholder("groups")}
      </DigestShell>,
    ).then((html) => compileMailTemplate(html, SHELL_SLOTS));
    // A failed render is not cached: the next digest tries again.
    shell.catch(() => shells.delete(key));
    shells.set(key, shell);
  }
  return shell;
}

const isWebAddress = (url: string) => /^https?:\/\//.test(url);

/** The digest's HTML: its shell from a template, its groups rendered by React (the part that varies). */
async function renderDigestHtml(props: Props): Promise<string> {
  const { digest, unsubscribeUrl, preferencesUrl } = props;
  const preview = digest.preview.substring(0, PREVIEW_MAX_LENGTH);
  // React drops or rewrites some values the template would copy verbatim (an empty or javascript: href); a
  // preview shorter than a placeholder has no template. Those take the whole render, as before.
  if (
    preview.length < placeholderLength("preview") ||
    !isWebAddress(unsubscribeUrl) ||
    !isWebAddress(preferencesUrl)
  ) {
    return renderMailHtml(<DigestEmail {...props} />);
  }
  const [shell, groups] = await Promise.all([
    digestShell(digest.kind, preview.length),
    renderMailFragment(<DigestGroups groups={digest.groups} />),
  ]);
  return shell({
    preview: escapeHtml(preview),
    greeting: escapeHtml(digest.greeting),
    unsubscribeUrl: escapeHtml(unsubscribeUrl),
    preferencesUrl: escapeHtml(preferencesUrl),
    groups,
  });
}

/**
 * The digest as a mail body, in HTML and plain text. The text is written from the digest itself
 * (digest-text.ts), not parsed back out of the HTML: the same lines, without an HTML parse per message.
 */
export async function renderDigestEmail(props: Props): Promise<{ html: string; text: string }> {
  return { html: await renderDigestHtml(props), text: digestText(props) };
}
