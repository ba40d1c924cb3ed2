// A stored mail's HTML, made safe to show inside the app: the mailbox puts it in an iframe's `srcdoc` with
// `sandbox` (no scripts, an opaque origin). A srcdoc document inherits the app's CSP, whose style-src takes
// nonces only: the mail's own <style> (its dark-mode rules) gets this request's nonce, and a second, stricter
// policy of the mail's own forbids everything else (scripts, fonts, remote images, forms, frames).
const MAIL_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; form-action 'none'; frame-src 'none'";

export function mailPreviewDocument(html: string, nonce: string | undefined): string {
  // A nonce is base64; anything else would end the attribute, so it is dropped rather than escaped.
  const nonceAttribute = nonce && /^[A-Za-z0-9+/=]+$/.test(nonce) ? ` nonce="${nonce}"` : "";
  const head =
    `<meta http-equiv="Content-Security-Policy" content="${MAIL_CSP}">` +
    // Links open in the mailbox's tab (the sandbox lets a click, and only a click, navigate it).
    `<base target="_top">`;
  const withStyles = html.replace(/<style(?=[\s>])/gi, `<style${nonceAttribute}`);
  if (/<head(\s[^>]*)?>/i.test(withStyles))
    return withStyles.replace(/<head(\s[^>]*)?>/i, (tag) => `${tag}${head}`);
  return `<!DOCTYPE html><html><head>${head}</head><body>${withStyles}</body></html>`;
}

/** A height that shows most mails whole; the frame scrolls for longer ones (a sandbox without scripts cannot measure). */
export function mailPreviewHeight(text: string): number {
  const lines = text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 60)), 0);
  return Math.min(1100, Math.max(360, 140 + lines * 22));
}
