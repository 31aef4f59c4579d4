import { createHash } from 'node:crypto';
import { html, trustedHtml, type SafeHtml } from '../../lib/html.ts';
import type { DevMail } from './table.ts';

const STYLE = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1f2937; background: #f4f4f5; }
header, article { max-width: 960px; margin: 0 auto; padding: 16px 24px; }
header p { color: #4b5563; margin: 4px 0; }
article { background: #fff; border: 1px solid #e5e7eb; border-radius: 6px; margin-bottom: 16px; }
article h2 { font-size: 18px; margin: 0 0 8px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0 0 12px; font-size: 14px; }
dt { color: #6b7280; } dd { margin: 0; overflow-wrap: anywhere; }
summary { cursor: pointer; font-weight: 600; margin: 8px 0; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f9fafb; border: 1px solid #e5e7eb; padding: 12px; font-size: 13px; }
iframe { width: 100%; height: 680px; border: 1px solid #e5e7eb; background: #fff; }
.empty { text-align: center; color: #6b7280; }
`;

/**
 * The list page's policy: nothing may run; the one inline stylesheet is allowed by its hash, and each
 * message's HTML part is framed from /dev/mail/{id}.html, which is sandboxed on its own.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * A message's HTML part, framed by the list: a sandbox (a unique origin, no scripts, no forms) whatever the
 * HTML says, inline styles as mail clients render them, and images only over http(s) (the logo).
 */
export const MESSAGE_CSP = [
  'sandbox',
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src http: https: data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

export function renderMailList(rows: DevMail[]): string {
  const items: SafeHtml[] = rows.map((row) => {
    const id = `mail-${row.id}`;
    return html`<article id="${id}">
<h2>${row.subject}</h2>
<dl>
<dt>To</dt><dd>${row.to_address}</dd>
<dt>From</dt><dd>${row.from_address}</dd>
<dt>Date</dt><dd>${row.created_at.toISOString()}</dd>
<dt>Message-ID</dt><dd>${row.message_id}</dd>
</dl>
<details open><summary>Text</summary><pre>${row.text_body}</pre></details>
<details open><summary>HTML</summary><iframe sandbox src="/dev/mail/${row.id}.html" title="${`HTML part of “${row.subject}”`}" loading="lazy" referrerpolicy="no-referrer"></iframe></details>
<details><summary>HTML source</summary><pre>${row.html_body}</pre></details>
</article>`;
  });
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Foyer dev mailbox</title>
<style>${trustedHtml(STYLE)}</style>
</head>
<body>
<header>
<h1>Dev mailbox</h1>
<p>SMTP_URL is not set, so Foyer keeps every message here instead of sending it. Newest first; reload to see new mail.</p>
<p>As JSON: <a href="/dev/mail.json">/dev/mail.json</a> (<code>?to=</code> filters by recipient).</p>
</header>
<main>
${items.length > 0 ? items : html`<p class="empty">No mail yet.</p>`}
</main>
</body>
</html>
`.value;
}
