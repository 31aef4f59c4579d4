import { oneLine, type Branding } from '../branding.ts';
import { html, safeUrl } from '../../../lib/html.ts';
import { button, paragraph } from '../layout.ts';
import type { EmailTemplate } from './template.ts';
import { formatDate, who, type NotificationLine } from './notification-line.ts';
import { isRequestKind, requestDetails, requestLineText, requestSubject } from './request-lines.ts';

export { formatDate, NOTIFICATION_KINDS, type NotificationKind, type NotificationLine, type RequestItemLine } from './notification-line.ts';

export interface NotificationDigestData {
  audience: 'client' | 'owner';
  portalName: string;
  /** `PUBLIC_URL/p/{portal_id}`. */
  portalUrl: string;
  /** Owners: the portal in the console (`PUBLIC_URL/console/portals/{portal_id}`), which their link opens instead. */
  consoleUrl?: string | null;
  /** The one-click unsubscribe page for this recipient (also in the `List-Unsubscribe` header). */
  unsubscribeUrl: string;
  recipientName?: string | null;
  /** In the order they happened; at least one. */
  items: NotificationLine[];
}

/** More lines than this in one email are summarised as "and N more". */
const MAX_LINES = 30;

/**
 * Notifications of one portal for one recipient, batched: everything that happened within the batching
 * window (2 minutes by default) from the first event is one email. A single event gets a specific subject.
 */
export const notificationDigest: EmailTemplate<NotificationDigestData> = {
  subject: (d, brand) => {
    const [first] = d.items;
    // A document request is what the client must act on: it leads the subject of the email it is in.
    const request = d.items.find((item) => item.kind === 'request_created');
    if (request && d.items.length > 1) {
      const more = d.items.length - 1;
      return `${singleSubject(request, d, brand)} (and ${more} more update${more === 1 ? '' : 's'})`;
    }
    if (d.items.length !== 1 || !first) return `${d.items.length} updates in ${d.portalName}`;
    return singleSubject(first, d, brand);
  },
  preheader: (d, brand) => lineText(d.items[0]!, brand),
  text: (d, brand) => {
    const shown = d.items.slice(0, MAX_LINES);
    const lines = shown.map(
      (item) =>
        `- ${lineText(item, brand)}${details(item)
          .map((x) => `\n  ${x}`)
          .join('')}`,
    );
    if (d.items.length > shown.length) lines.push(`- and ${d.items.length - shown.length} more`);
    return [
      d.recipientName ? `Hello ${oneLine(d.recipientName)},` : 'Hello,',
      d.items.length === 1 ? `In ${d.portalName}:` : `${d.items.length} updates in ${d.portalName}:`,
      lines.join('\n'),
      d.consoleUrl ? `Review it in the console:\n${d.consoleUrl}` : `Open the portal:\n${d.portalUrl}`,
    ].join('\n\n');
  },
  html: (d, brand) => {
    const shown = d.items.slice(0, MAX_LINES);
    const unsubscribe = safeUrl(d.unsubscribeUrl);
    return html`${paragraph(d.recipientName ? `Hello ${oneLine(d.recipientName)},` : 'Hello,')}
${paragraph(d.items.length === 1 ? html`In <strong>${d.portalName}</strong>:` : html`${d.items.length} updates in <strong>${d.portalName}</strong>:`)}
<ul style="margin:0 0 16px 0;padding:0 0 0 20px;">
${shown.map((item) => html`<li style="margin:0 0 10px 0;">${lineText(item, brand)}${details(item).map((x) => html`<br><span style="color:#4b5563;font-size:14px;">${x}</span>`)}</li>`)}
${d.items.length > shown.length ? html`<li style="margin:0 0 10px 0;">and ${d.items.length - shown.length} more</li>` : ''}
</ul>
${d.consoleUrl ? button(brand, d.consoleUrl, 'Review it in the console') : button(brand, d.portalUrl, `Open ${d.portalName}`)}
${unsubscribe ? html`<p style="margin:0;font-size:13px;color:#6b7280;"><a href="${unsubscribe}" style="color:#6b7280;">${d.audience === 'client' ? 'Stop these emails for this portal' : 'Stop these emails to this address'}</a></p>` : ''}`;
  },
  footer: (d, brand) =>
    d.audience === 'client'
      ? `Sent by ${brand.name} because you are a member of ${d.portalName}. Unsubscribe: ${d.unsubscribeUrl}`
      : `Sent to this address because it is a notification address of ${brand.name}'s Foyer workspace. Unsubscribe: ${d.unsubscribeUrl}`,
};

function file(item: NotificationLine): string {
  return oneLine(item.fileName || 'a file', 120);
}

function version(item: NotificationLine): string {
  return item.version ? ` (version ${item.version})` : '';
}

/** One sentence for the item; untrusted parts are flattened to one line (and escaped by `html` where shown). */
export function lineText(item: NotificationLine, brand: Branding): string {
  if (isRequestKind(item.kind)) return requestLineText({ ...item, kind: item.kind }, brand);
  const due = item.dueAt ? formatDate(item.dueAt, 'time') : undefined;
  switch (item.kind) {
    case 'file_shared':
      return `${brand.name} shared ${file(item)}.`;
    case 'version_shared':
      return `${brand.name} uploaded version ${item.version ?? '?'} of ${file(item)}.`;
    case 'approval_requested':
      return `${brand.name} asks you to approve ${file(item)}${version(item)}${due ? ` by ${due}` : ''}.`;
    case 'approval_reminder':
      return `Reminder: ${file(item)}${version(item)} is waiting for your approval${due ? `, due ${due}` : ''}.`;
    case 'comment_reply':
      return `${who(item, brand)} replied to your comment on ${file(item)}.`;
    case 'client_uploaded':
      return `${who(item, brand)} uploaded ${file(item)}.`;
    case 'client_uploaded_version':
      return `${who(item, brand)} uploaded version ${item.version ?? '?'} of ${file(item)}.`;
    case 'client_commented':
      return `${who(item, brand)} commented on ${file(item)}.`;
    case 'approved':
      return `${who(item, brand)} approved ${file(item)}${version(item)}.`;
    case 'changes_requested':
      return `${who(item, brand)} requested changes to ${file(item)}${version(item)}.`;
  }
}

/** Text under the line: a comment's start, a note, a request's message (quoted); a request's items. */
function details(item: NotificationLine): string[] {
  if (isRequestKind(item.kind)) return requestDetails({ ...item, kind: item.kind });
  const quoted = item.excerpt ?? item.note ?? item.message;
  return quoted ? [`“${oneLine(quoted, 300)}”`] : [];
}

function singleSubject(item: NotificationLine, d: NotificationDigestData, brand: Branding): string {
  if (isRequestKind(item.kind)) return requestSubject({ ...item, kind: item.kind }, brand);
  const due = item.dueAt ? formatDate(item.dueAt, 'short') : undefined;
  switch (item.kind) {
    case 'file_shared':
      return `New file in ${d.portalName}: ${file(item)}`;
    case 'version_shared':
      return `New version of ${file(item)} in ${d.portalName}`;
    case 'approval_requested':
      return `Approval requested: ${file(item)}${due ? ` (due ${due})` : ''}`;
    case 'approval_reminder':
      return `Reminder: ${file(item)} is due ${due ?? 'soon'}`;
    case 'comment_reply':
      return `${who(item, brand)} replied to your comment on ${file(item)}`;
    case 'client_uploaded':
      return `${who(item, brand)} uploaded ${file(item)} to ${d.portalName}`;
    case 'client_uploaded_version':
      return `${who(item, brand)} uploaded a new version of ${file(item)}`;
    case 'client_commented':
      return `${who(item, brand)} commented on ${file(item)}`;
    case 'approved':
      return `${who(item, brand)} approved ${file(item)}`;
    case 'changes_requested':
      return `${who(item, brand)} requested changes to ${file(item)}`;
  }
}
