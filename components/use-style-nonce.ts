"use client";

import { setNonce } from "get-nonce";
import { useEffect } from "react";

/**
 * Radix's modal dialogs stop the page scrolling behind them by adding a <style> element (react-remove-scroll,
 * through react-style-singleton). Our Content-Security-Policy refuses a style element without the page's
 * nonce, so hand that library the nonce Next put on the page's scripts before any dialog opens. It must be
 * the document's own (its CSP came with the first load): a page reached by client navigation was rendered
 * for a later request with a nonce of its own.
 */
export function useStyleNonce() {
  useEffect(() => {
    const nonce = document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce;
    if (nonce) setNonce(nonce);
  }, []);
}
