import Link from "next/link";
import { buttonClass } from "./button";

/**
 * Previous / next links for a list whose filters live in the URL. `params` are the current filters; the
 * page number is the only thing each link changes.
 */
export function Pagination({
  path,
  params,
  page,
  pageCount,
  label,
}: {
  path: string;
  params: Record<string, string | number | undefined>;
  page: number;
  pageCount: number;
  /** What is being paged, for screen readers: "People", "Audit events". */
  label: string;
}) {
  if (pageCount <= 1) return null;
  const href = (target: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined && value !== "" && key !== "page") query.set(key, String(value));
    }
    if (target > 1) query.set("page", String(target));
    const search = query.toString();
    return search ? `${path}?${search}` : path;
  };
  const link = buttonClass("secondary");
  return (
    <nav aria-label={`${label}: pages`} className="flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} className={link} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-700" aria-current="page">
        Page {Math.min(page, pageCount)} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={link} rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
