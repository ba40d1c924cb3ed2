import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";

/*
 * The one look of every Fieldnotes mail: the design brief's tokens (app/globals.css) in a 600 px column.
 * Mail clients ignore the app's stylesheet, so the colours are repeated here as literals.
 *
 * Light styles are inline (every client honours those). Dark mode has two layers: `color-scheme` tells Apple
 * Mail and iOS to use the dark overrides below instead of inverting the mail; clients that strip <style>
 * (Gmail's apps) invert it themselves, and since every text colour sits on a surface colour set in the same
 * place, an inversion keeps them apart: there is no white text relying on a white background being there.
 */
export const mailColors = {
  page: "#f1f5f9", // slate-100
  surface: "#ffffff",
  border: "#e2e8f0", // slate-200
  text: "#0f172a", // slate-900
  muted: "#475569", // slate-600: 7.6:1 on white
  accent: "#114e58", // brand-700: links, 9.3:1 on white
  button: "#17606b", // brand-600, white text at 7.2:1
  buttonText: "#ffffff",
  overdue: "#b91c1c", // red-700
  dark: {
    page: "#020617", // slate-950
    surface: "#0f172a", // slate-900
    border: "#334155", // slate-700
    text: "#f1f5f9", // slate-100
    muted: "#cbd5e1", // slate-300
    accent: "#7bb8be", // brand-300: 7.9:1 on slate-900
    button: "#7bb8be",
    buttonText: "#061f24", // brand-950
    overdue: "#fca5a5", // red-300
  },
} as const;

const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

// Classes exist only for the dark overrides; light mode never depends on them.
const dark = mailColors.dark;
const DARK_MODE_CSS = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  .fn-page { background-color: ${dark.page} !important; }
  .fn-card { background-color: ${dark.surface} !important; border-color: ${dark.border} !important; }
  .fn-text, .fn-heading { color: ${dark.text} !important; }
  .fn-muted { color: ${dark.muted} !important; }
  .fn-link { color: ${dark.accent} !important; }
  .fn-overdue { color: ${dark.overdue} !important; }
  .fn-rule { border-color: ${dark.border} !important; }
  .fn-button { background-color: ${dark.button} !important; color: ${dark.buttonText} !important; }
  .fn-brand { color: ${dark.accent} !important; }
}
[data-ogsc] .fn-text, [data-ogsc] .fn-heading { color: ${dark.text} !important; }
[data-ogsc] .fn-muted { color: ${dark.muted} !important; }
[data-ogsc] .fn-link, [data-ogsc] .fn-brand { color: ${dark.accent} !important; }
[data-ogsb] .fn-button { background-color: ${dark.button} !important; }
[data-ogsc] .fn-button { color: ${dark.buttonText} !important; }
`;

export const textStyle: CSSProperties = {
  color: mailColors.text,
  fontSize: "16px",
  lineHeight: "24px",
  margin: "0 0 16px",
};
export const mutedStyle: CSSProperties = {
  color: mailColors.muted,
  fontSize: "14px",
  lineHeight: "21px",
  margin: "0 0 12px",
};
export const linkStyle: CSSProperties = { color: mailColors.accent, textDecoration: "underline" };

type LayoutProps = {
  /** The line a mail client shows next to the subject. */
  preview: string;
  heading: string;
  children: ReactNode;
  /** Why the reader got this mail, and how to stop it when they can. */
  footer: ReactNode;
};

export function EmailLayout({ preview, heading, children, footer }: LayoutProps) {
  return (
    <Html lang="en" dir="ltr">
      <Head>
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <style>{DARK_MODE_CSS}</style>
      </Head>
      <Preview>{preview}</Preview>
      <Body
        className="fn-page"
        style={{ backgroundColor: mailColors.page, fontFamily: FONT, margin: "0", padding: "24px 8px" }}
      >
        <Container style={{ maxWidth: "600px", width: "100%" }}>
          <Text
            className="fn-brand"
            style={{
              color: mailColors.accent,
              fontSize: "14px",
              fontWeight: 600,
              letterSpacing: "0.02em",
              margin: "0 0 12px 4px",
            }}
          >
            Fieldnotes
          </Text>
          <Section
            className="fn-card"
            style={{
              backgroundColor: mailColors.surface,
              border: `1px solid ${mailColors.border}`,
              borderRadius: "8px",
              padding: "24px",
            }}
          >
            <Heading
              as="h1"
              className="fn-heading"
              style={{
                color: mailColors.text,
                fontSize: "24px",
                lineHeight: "30px",
                fontWeight: 600,
                margin: "0 0 16px",
              }}
            >
              {heading}
            </Heading>
            {children}
          </Section>
          <Section style={{ padding: "16px 4px 0" }}>{footer}</Section>
        </Container>
      </Body>
    </Html>
  );
}

export function EmailText({ children, muted = false }: { children: ReactNode; muted?: boolean }) {
  return (
    <Text className={muted ? "fn-muted" : "fn-text"} style={muted ? mutedStyle : textStyle}>
      {children}
    </Text>
  );
}

export function EmailLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="fn-link" style={linkStyle}>
      {children}
    </Link>
  );
}

/** The one primary action of a mail. */
export function EmailButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: "8px 0 24px" }}>
      <Button
        href={href}
        className="fn-button"
        style={{
          backgroundColor: mailColors.button,
          color: mailColors.buttonText,
          fontSize: "16px",
          fontWeight: 600,
          lineHeight: "24px",
          padding: "10px 20px",
          borderRadius: "6px",
          textDecoration: "none",
        }}
      >
        {children}
      </Button>
    </Section>
  );
}

/** For when the button does not open: the same address as plain, copyable text. */
export function EmailFallbackUrl({ href }: { href: string }) {
  return (
    <Text className="fn-muted" style={{ ...mutedStyle, wordBreak: "break-all" }}>
      If the button does not work, copy this address into your browser: {href}
    </Text>
  );
}

export function EmailRule() {
  return <Hr className="fn-rule" style={{ borderColor: mailColors.border, margin: "20px 0" }} />;
}

/** The footer's small print, under the card. */
export function EmailFooterText({ children }: { children: ReactNode }) {
  return (
    <Text className="fn-muted" style={{ ...mutedStyle, fontSize: "13px", lineHeight: "20px" }}>
      {children}
    </Text>
  );
}
