"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { softNavigationTarget } from "./soft-links";

/**
 * One listener for the whole page instead of a next/link client component per link: lists of many links (the
 * home page has some sixty) render them as plain <a> inside a `data-soft-nav` region, and a click on one
 * navigates as next/link would (no full reload), through the router. Modified clicks open new tabs as usual.
 */
export function SoftLinksListener() {
  const router = useRouter();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(anchor instanceof HTMLAnchorElement)) return;
      const path = softNavigationTarget(event, anchor, window.location.origin);
      if (path === null) return;
      event.preventDefault();
      router.push(path);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [router]);
  return null;
}
