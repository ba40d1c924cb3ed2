import { Writable } from "node:stream";
import { plainTextSelectors } from "@react-email/render";
import { compile } from "html-to-text";
import { Suspense, type ReactElement } from "react";
import type * as ReactDOMServer from "react-dom/server";

// Every mail as HTML and plain text from one React render. @react-email/render's `render` renders the tree once
// per call (so twice for HTML and text) and reads it through web streams, which cost more than the render itself;
// at digest volume that was most of the job's CPU. This keeps its output byte for byte (the same doctype, the
// same Suspense wrapper, its own toPlainText), as lib/email/render-mail.test.tsx checks.

const DOCTYPE =
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

// @react-email/render's toPlainText with its own options, compiled once: its `convert` builds the whole
// converter (selector tree, formatters) again for every message.
const toPlainText = compile({ wordwrap: false, selectors: plainTextSelectors });

// Imported on first use, as @react-email/render does: a static import of react-dom/server is refused in a
// module Next may place in a Server Component's graph.
let server: Promise<typeof ReactDOMServer> | undefined;

async function renderMarkup(element: ReactElement): Promise<string> {
  const { renderToPipeableStream } = await (server ??= import("react-dom/server"));
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
        callback();
      },
      final(callback) {
        resolve(Buffer.concat(chunks).toString("utf8"));
        callback();
      },
    });
    sink.on("error", reject);
    const stream = renderToPipeableStream(<Suspense>{element}</Suspense>, {
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onAllReady: () => stream.pipe(sink),
      onShellError: reject,
      onError: reject,
    });
  });
}

function htmlDocument(markup: string): string {
  return `${DOCTYPE}${markup.replace(/<!DOCTYPE.*?>/, "")}`;
}

/** The mail's HTML document alone, for a mail whose text part is written from its data (digest-text.ts). */
export async function renderMailHtml(element: ReactElement): Promise<string> {
  return htmlDocument(await renderMarkup(element));
}

/**
 * Part of a mail's body, rendered in one synchronous pass: no document, no stream. Its markup is what the same
 * elements give inside a whole mail (no <html>, <head> or <style> in it, which React would hoist or drop).
 */
export async function renderMailFragment(element: ReactElement): Promise<string> {
  const { renderToString } = await (server ??= import("react-dom/server"));
  return renderToString(element);
}

/** The mail's HTML document and its plain-text alternative, from a single render of `element`. */
export async function renderMail(element: ReactElement): Promise<{ html: string; text: string }> {
  const markup = await renderMarkup(element);
  return {
    html: htmlDocument(markup),
    // The text comes from <body> only (html-to-text's default base element): the <head>, with its stylesheet,
    // need not be parsed for it.
    text: toPlainText(markup.replace(/<head>[\s\S]*?<\/head>/, "")),
  };
}
