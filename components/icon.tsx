/** The icons drawn by CSS (.icon-* in app/globals.css, each a lucide drawing). */
export type IconName = "check" | "arrow-right" | "plus" | "arrow-up" | "arrow-down" | "x";

/**
 * A decorative icon as one empty element, for icons repeated in lists: no client component, no <svg> in the
 * HTML and the payload. 16 px by default; a size utility (`size-5`) changes it. Server or client alike.
 */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <span aria-hidden="true" className={className ? `icon icon-${name} ${className}` : `icon icon-${name}`} />
  );
}
