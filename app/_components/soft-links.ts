/**
 * Which clicks on a plain <a> the app takes over as a client-side navigation (soft-links-listener.tsx): a
 * plain left click, not already handled (a next/link prevents the default itself), on a link inside a
 * `data-soft-nav` region to a page of this origin that is neither a download nor meant for another window.
 * Anything else — a new tab, a download, mailto:, another site — is left to the browser, as next/link does.
 */
export type ClickLike = {
  defaultPrevented: boolean;
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
};

export type AnchorLike = {
  href: string;
  target: string;
  hasAttribute(name: string): boolean;
  closest(selector: string): unknown;
};

export const SOFT_NAV_REGION = "data-soft-nav";

/** The path to push, or null to let the browser follow the link itself. */
export function softNavigationTarget(click: ClickLike, anchor: AnchorLike, origin: string): string | null {
  if (click.defaultPrevented || click.button !== 0) return null;
  if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return null;
  if ((anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return null;
  if (!anchor.closest(`[${SOFT_NAV_REGION}]`)) return null;
  let url: URL;
  try {
    url = new URL(anchor.href);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  return url.pathname + url.search + url.hash;
}
