import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import "./globals.css";

// Inter from npm, served by the app itself: no font CDN, nothing fetched at build or run time. One variable
// file covers the 400, 500 and 600 weights.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  variable: "--font-inter",
  display: "swap",
});

export const metadata: Metadata = {
  title: { default: "Fieldnotes", template: "%s · Fieldnotes" },
  description: "Plan, run and follow up informational interviews.",
};

const ZOD_JITLESS =
  "globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request: the CSP nonce (proxy.ts) exists only then, and
  // a page prerendered at build time would carry scripts without it, which the browser refuses.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" className={inter.variable}>
      <head>
        {/* zod probes for eval (`new Function`) when a schema is built, to compile fast parsers. Our CSP
            refuses eval, and the browser reports the caught probe as a violation: jitless skips the probe.
            zod reads this global config object on load, so it must exist before any module that uses zod
            runs. A plain inline script in <head> runs as the parser reaches it: before the RSC payload at
            the end of <body> that makes React load and run any page's modules. (next/script's
            beforeInteractive did the same through Next's bootstrap, but shipped ~1.2 kB gzip of script-loader
            code to every page for it: decision 008.) */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: ZOD_JITLESS }} />
      </head>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
