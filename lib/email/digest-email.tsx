import { Heading, Section, Text } from "@react-email/components";
import type { ReactElement, ReactNode } from "react";
import type { Digest, DigestGroup } from "@/lib/domain/digest";
import { digestText } from "./digest-text";
import { EmailItem, EmailItemList, EmailItemSection, EmailUnsubscribeFooter } from "./item-section";
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

/** One group: a rule above it (but the first, untitled one), its cohort's heading and totals, its sections. */
function DigestGroupView({
  group,
  rule,
  children,
}: {
  group: Pick<DigestGroup, "heading" | "href" | "summary">;
  rule: boolean;
  children: ReactNode;
}) {
  return (
    <Section>
      {rule ? <EmailRule /> : null}
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
      {children}
    </Section>
  );
}

function DigestGroups({ groups }: { groups: readonly DigestGroup[] }) {
  return groups.map((group, g) => (
    <DigestGroupView key={g} group={group} rule={g > 0 || !!group.heading}>
      {group.sections.map((section, s) => (
        <EmailItemSection key={s} {...section} />
      ))}
    </DigestGroupView>
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

// The groups from templates too: each part (a group, a section, an item) rendered once per process and shape,
// with placeholders, then filled in per digest as the shell is. A React render of every digest's groups was
// the largest share of rendering left in the job's CPU profile. The tests compare the result with a whole
// render byte for byte.
const fragments = new Map<string, Promise<MailTemplate<string>>>();

function fragment<Name extends string>(
  key: string,
  names: readonly Name[],
  element: () => ReactElement,
): Promise<MailTemplate<Name>> {
  let template = fragments.get(key);
  if (!template) {
    template = renderMailFragment(element()).then((html) => compileMailTemplate(html, names));
    template.catch(() => fragments.delete(key));
    fragments.set(key, template);
  }
  return template as Promise<MailTemplate<Name>>;
}

function groupTemplate(rule: boolean, heading: "none" | "text" | "link", summary: boolean) {
  const names = [
    ...(heading !== "none" ? ["heading" as const] : []),
    ...(heading === "link" ? ["href" as const] : []),
    ...(summary ? ["summary" as const] : []),
    "sections" as const,
  ];
  return fragment(`group ${rule} ${heading} ${summary}`, names, () => (
    <DigestGroupView
      rule={rule}
      group={{
        heading: heading === "none" ? null : placeholder("heading"),
        href: heading === "link" ? placeholder("href") : null,
        summary: summary ? placeholder("summary") : null,
      }}
    >
      {placeholder("sections")}
    </DigestGroupView>
  ));
}

function sectionTemplate(more: boolean) {
  const names = [
    "heading" as const,
    "items" as const,
    ...(more ? ["moreHref" as const, "moreLabel" as const] : []),
  ];
  return fragment(`section ${more}`, names, () => (
    <EmailItemList
      heading={placeholder("heading")}
      more={more ? { href: placeholder("moreHref"), label: placeholder("moreLabel") } : null}
    >
      {placeholder("items")}
    </EmailItemList>
  ));
}

function itemTemplate(detail: boolean) {
  const names = ["title" as const, "href" as const, ...(detail ? ["detail" as const] : [])];
  return fragment(`item ${detail}`, names, () => (
    <EmailItem
      title={placeholder("title")}
      href={placeholder("href")}
      detail={detail ? placeholder("detail") : null}
    />
  ));
}

/** The groups' markup as DigestGroups renders it, or null where a template cannot stand in for React. */
async function renderGroupsFromTemplates(groups: readonly DigestGroup[]): Promise<string | null> {
  let html = "";
  for (const [g, group] of groups.entries()) {
    let sections = "";
    for (const section of group.sections) {
      let items = "";
      for (const item of section.items) {
        // React drops or rewrites some addresses (an empty or javascript: href) a template would copy as is; an
        // empty title or heading is no text node at all. Those take React's render.
        if (!isWebAddress(item.href) || !item.title) return null;
        const template = await itemTemplate(!!item.detail);
        items += template({
          title: escapeHtml(item.title),
          href: escapeHtml(item.href),
          detail: item.detail ? escapeHtml(item.detail) : "",
        });
      }
      const more = section.more > 0 && !!section.moreHref;
      if (!section.heading || (more && !isWebAddress(section.moreHref))) return null;
      sections += (await sectionTemplate(more))({
        heading: escapeHtml(section.heading),
        items,
        moreHref: more ? escapeHtml(section.moreHref) : "",
        moreLabel: more ? escapeHtml(`See ${section.more} more`) : "",
      });
    }
    if (group.heading && group.href !== null && !isWebAddress(group.href)) return null;
    const heading = !group.heading ? "none" : group.href ? "link" : "text";
    html += (await groupTemplate(g > 0 || !!group.heading, heading, !!group.summary))({
      heading: group.heading ? escapeHtml(group.heading) : "",
      href: group.href ? escapeHtml(group.href) : "",
      summary: group.summary ? escapeHtml(group.summary) : "",
      sections,
    });
  }
  return html;
}

/** The digest's HTML: its shell and its groups from templates (React renders the groups only where they cannot). */
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
    renderGroupsFromTemplates(digest.groups).then(
      (html) => html ?? renderMailFragment(<DigestGroups groups={digest.groups} />),
    ),
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
