import { html, type SafeHtml } from '../../lib/html.ts';
import type { SignedApprovalReceiptDto } from './document.ts';

/** Where the page's stylesheet is served (routes.ts), from PUBLIC_URL: the page may be opened from a blob URL. */
export const RECEIPT_CSS_PATH = '/assets/receipt.css';

const METHODS: Record<string, string> = {
  code: 'an emailed code',
  magic_link: 'an emailed sign-in link',
  sign_in_link: "the business's one-time sign-in link",
  access_link: "the portal's shared link",
};

/** How a decider got in, as the page says it: `embed` names the business whose website signed them in. */
function signedIn(method: string | null, workspace: string, email: string): string {
  if (!method) return 'not recorded';
  if (method === 'embed') return `signed in by ${workspace}'s website as ${email}`;
  return METHODS[method] ?? method;
}

/** `2026-12-08 14:03:22 UTC`: one unambiguous form, whatever the reader's locale. */
function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

/**
 * The receipt as a printable page: what was decided and by whom, the key and signature, and the receipt's
 * JSON to save as receipt.json. No script; its one stylesheet comes from `publicUrl`.
 */
export function receiptPage(signed: SignedApprovalReceiptDto, publicUrl: string): string {
  const r = signed.receipt;
  const approved = r.approval_request.status === 'approved';
  const decisions = r.decisions.map(
    (d) => html`<li>
  <p><strong>${d.decision === 'approve' ? 'Approved' : 'Changes requested'}</strong> by ${d.email} on ${when(d.decided_at)}</p>
  <dl>
    <dt>Sign-in</dt><dd>${signedIn(d.sign_in_method, r.workspace.name, d.email)}</dd>
    <dt>IP address</dt><dd>${d.ip ?? 'not recorded'}</dd>
    <dt>Browser</dt><dd>${d.user_agent ?? 'not recorded'}</dd>
    ${d.note ? html`<dt>Note</dt><dd>${d.note}</dd>` : ''}
    <dt>Member</dt><dd class="mono">${d.member_id}</dd>
    <dt>Decision</dt><dd class="mono">${d.id}</dd>
  </dl>
</li>`,
  );
  const body: SafeHtml = html`<main>
<header>
  <p class="eyebrow">${r.workspace.name}</p>
  <h1>Approval receipt</h1>
  <p class="status ${r.approval_request.status}">${approved ? 'Approved' : 'Changes requested'}</p>
</header>
<section>
  <h2>What was decided</h2>
  <dl>
    <dt>File</dt><dd>${r.file.name} — version ${r.file.version}</dd>
    <dt>SHA-256</dt><dd class="mono">${r.file.sha256}</dd>
    <dt>Size</dt><dd>${r.file.size.toLocaleString('en-US')} bytes · ${r.file.content_type}</dd>
    <dt>Portal</dt><dd>${r.portal.name} <span class="mono">${r.portal.id}</span></dd>
    <dt>Workspace</dt><dd>${r.workspace.name} <span class="mono">${r.workspace.id}</span></dd>
    <dt>Requested</dt><dd>${when(r.approval_request.requested_at)}${r.approval_request.due_at ? `, due ${when(r.approval_request.due_at)}` : ''}</dd>
    ${r.approval_request.message ? html`<dt>Message</dt><dd>${r.approval_request.message}</dd>` : ''}
    <dt>Needed</dt><dd>${r.approval_request.rule === 'all' ? 'every approver' : 'any one approver'}</dd>
    <dt>Settled</dt><dd>${when(r.approval_request.settled_at)}</dd>
    <dt>Request</dt><dd class="mono">${r.approval_request.id}</dd>
  </dl>
</section>
<section>
  <h2>Decisions</h2>
  <ol class="decisions">${decisions}</ol>
</section>
<section>
  <h2>Signature</h2>
  <dl>
    <dt>Issued</dt><dd>${when(r.issued_at)} by ${r.issuer}</dd>
    <dt>Algorithm</dt><dd>Ed25519 over the receipt in RFC 8785 canonical JSON</dd>
    <dt>Key</dt><dd class="mono">${signed.key_id}</dd>
    <dt>Public keys</dt><dd class="mono">${r.keys_url}</dd>
    <dt>Signature</dt><dd class="mono">${signed.signature}</dd>
  </dl>
  <p>Anyone can check this receipt without trusting this page: save the JSON below as <code>receipt.json</code> and run
  <code>foyer receipt verify receipt.json --file "${r.file.name}"</code>, or check it with <code>openssl</code> as Foyer's README
  shows ("Approval receipts").</p>
</section>
<section class="json">
  <h2>Receipt (JSON)</h2>
  <pre>${JSON.stringify(signed, null, 2)}</pre>
</section>
</main>`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>Approval receipt · ${r.file.name} · version ${r.file.version}</title>
<link rel="stylesheet" href="${publicUrl}${RECEIPT_CSS_PATH}">
</head>
<body>
${body}
</body>
</html>
`.value;
}
