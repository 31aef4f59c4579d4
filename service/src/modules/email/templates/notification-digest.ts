import { oneLine, type Branding } from '../branding.ts';
import { html, safeUrl } from '../../../lib/html.ts';
import { button, paragraph } from '../layout.ts';
import type { EmailLocale } from '../locale.ts';
import type { EmailTemplate } from './template.ts';
import { formatDate, who, type NotificationLine } from './notification-line.ts';
import { notificationWords, type NotificationWords } from './notification-words.ts';
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

/** What an email to the business says that a client's never does: English, as the console is. */
const OWNER = {
  review: 'Review it in the console',
  stop: 'Stop these emails to this address',
  footer: (business: string, url: string) =>
    `Sent to this address because it is a notification address of ${business}'s Foyer workspace. Unsubscribe: ${url}`,
};

/** The words and the language of one email: a client's language, English for the business. */
export interface Wording {
  w: NotificationWords;
  locale: EmailLocale;
}

function wording(d: NotificationDigestData, locale: EmailLocale): Wording {
  const lang = d.audience === 'client' ? locale : 'en';
  return { w: notificationWords[lang], locale: lang };
}

/**
 * Notifications of one portal for one recipient, batched: everything that happened within the batching
 * window (2 minutes by default) from the first event is one email. A single event gets a specific subject.
 * A client's is written in their language (notification-words.ts); the business's in English.
 */
export const notificationDigest: EmailTemplate<NotificationDigestData> = {
  subject: (d, brand, locale) => {
    const wd = wording(d, locale);
    const [first] = d.items;
    // A document request is what the client must act on: it leads the subject of the email it is in.
    const request = d.items.find((item) => item.kind === 'request_created');
    if (request && d.items.length > 1) return wd.w.andMoreUpdates(singleSubject(request, d, brand, wd), d.items.length - 1);
    if (d.items.length !== 1 || !first) return wd.w.updatesIn(d.items.length, d.portalName);
    return singleSubject(first, d, brand, wd);
  },
  preheader: (d, brand, locale) => lineText(d.items[0]!, brand, wording(d, locale)),
  text: (d, brand, locale) => {
    const wd = wording(d, locale);
    const { w } = wd;
    const shown = d.items.slice(0, MAX_LINES);
    const lines = shown.map(
      (item) =>
        `- ${lineText(item, brand, wd)}${details(item, wd)
          .map((x) => `\n  ${x}`)
          .join('')}`,
    );
    if (d.items.length > shown.length) lines.push(`- ${w.andMore(d.items.length - shown.length)}`);
    const [before, after] = d.items.length === 1 ? w.inPortal : w.updatesInPortal(d.items.length);
    return [
      d.recipientName ? w.hello(oneLine(d.recipientName)) : w.helloAnonymous,
      `${before} ${d.portalName}${after}`,
      lines.join('\n'),
      d.consoleUrl ? `${OWNER.review}:\n${d.consoleUrl}` : `${w.openPortal}\n${d.portalUrl}`,
    ].join('\n\n');
  },
  html: (d, brand, locale) => {
    const wd = wording(d, locale);
    const { w } = wd;
    const shown = d.items.slice(0, MAX_LINES);
    const unsubscribe = safeUrl(d.unsubscribeUrl);
    const [before, after] = d.items.length === 1 ? w.inPortal : w.updatesInPortal(d.items.length);
    return html`${paragraph(d.recipientName ? w.hello(oneLine(d.recipientName)) : w.helloAnonymous)}
${paragraph(html`${before} <strong>${d.portalName}</strong>${after}`)}
<ul style="margin:0 0 16px 0;padding:0 0 0 20px;">
${shown.map((item) => html`<li style="margin:0 0 10px 0;">${lineText(item, brand, wd)}${details(item, wd).map((x) => html`<br><span style="color:#4b5563;font-size:14px;">${x}</span>`)}</li>`)}
${d.items.length > shown.length ? html`<li style="margin:0 0 10px 0;">${w.andMore(d.items.length - shown.length)}</li>` : ''}
</ul>
${d.consoleUrl ? button(brand, d.consoleUrl, OWNER.review) : button(brand, d.portalUrl, w.open(d.portalName), wd.locale)}
${unsubscribe ? html`<p style="margin:0;font-size:13px;color:#6b7280;"><a href="${unsubscribe}" style="color:#6b7280;">${d.audience === 'client' ? w.stop : OWNER.stop}</a></p>` : ''}`;
  },
  footer: (d, brand, locale) =>
    d.audience === 'client'
      ? wording(d, locale).w.footer(brand.name, d.portalName, d.unsubscribeUrl)
      : OWNER.footer(brand.name, d.unsubscribeUrl),
};

function file(item: NotificationLine, { w }: Wording): string {
  return oneLine(item.fileName || w.aFile, 120);
}

function version(item: NotificationLine): string {
  return item.version ? ` (version ${item.version})` : '';
}

/** One sentence for the item; untrusted parts are flattened to one line (and escaped by `html` where shown). */
export function lineText(item: NotificationLine, brand: Branding, wd: Wording): string {
  if (isRequestKind(item.kind)) return requestLineText({ ...item, kind: item.kind }, brand, wd);
  const { w, locale } = wd;
  const due = item.dueAt ? formatDate(item.dueAt, 'time', locale) : undefined;
  switch (item.kind) {
    // A client's kinds, in their language
    case 'file_shared':
      return w.fileShared(brand.name, file(item, wd));
    case 'version_shared':
      return w.versionShared(brand.name, String(item.version ?? '?'), file(item, wd));
    case 'approval_requested':
      return w.approvalRequested(brand.name, w.withVersion(file(item, wd), item.version ?? undefined), due);
    case 'approval_reminder':
      return w.approvalReminder(w.withVersion(file(item, wd), item.version ?? undefined), due);
    case 'comment_reply':
      return `${w.commentReply(who(item, brand), file(item, wd))}.`;
    // The business's kinds, in English
    case 'client_uploaded':
      return `${who(item, brand)} uploaded ${file(item, wd)}.`;
    case 'client_uploaded_version':
      return `${who(item, brand)} uploaded version ${item.version ?? '?'} of ${file(item, wd)}.`;
    case 'client_commented':
      return `${who(item, brand)} commented on ${file(item, wd)}.`;
    case 'approved':
      return `${who(item, brand)} approved ${file(item, wd)}${version(item)}.`;
    case 'changes_requested':
      return `${who(item, brand)} requested changes to ${file(item, wd)}${version(item)}.`;
  }
}

/** Text under the line: a comment's start, a note, a request's message (quoted); a request's items. */
function details(item: NotificationLine, wd: Wording): string[] {
  if (isRequestKind(item.kind)) return requestDetails({ ...item, kind: item.kind }, wd);
  const quoted = item.excerpt ?? item.note ?? item.message;
  return quoted ? [wd.w.quote(oneLine(quoted, 300))] : [];
}

function singleSubject(item: NotificationLine, d: NotificationDigestData, brand: Branding, wd: Wording): string {
  if (isRequestKind(item.kind)) return requestSubject({ ...item, kind: item.kind }, brand, wd);
  const { w, locale } = wd;
  const due = item.dueAt ? formatDate(item.dueAt, 'short', locale) : undefined;
  switch (item.kind) {
    case 'file_shared':
      return w.fileSharedSubject(d.portalName, file(item, wd));
    case 'version_shared':
      return w.versionSharedSubject(file(item, wd), d.portalName);
    case 'approval_requested':
      return w.approvalRequestedSubject(file(item, wd), due);
    case 'approval_reminder':
      return w.approvalReminderSubject(file(item, wd), due);
    case 'comment_reply':
      return w.commentReply(who(item, brand), file(item, wd));
    case 'client_uploaded':
      return `${who(item, brand)} uploaded ${file(item, wd)} to ${d.portalName}`;
    case 'client_uploaded_version':
      return `${who(item, brand)} uploaded a new version of ${file(item, wd)}`;
    case 'client_commented':
      return `${who(item, brand)} commented on ${file(item, wd)}`;
    case 'approved':
      return `${who(item, brand)} approved ${file(item, wd)}`;
    case 'changes_requested':
      return `${who(item, brand)} requested changes to ${file(item, wd)}`;
  }
}
