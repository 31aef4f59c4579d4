import { oneLine, type Branding } from '../branding.ts';
import { formatDate, who, type NotificationKind, type NotificationLine, type RequestItemLine } from './notification-line.ts';

/** The lines of a notification email about document requests: their wording lives here. */
export const REQUEST_KINDS = ['request_created', 'request_reminder', 'client_submitted'] as const satisfies readonly NotificationKind[];

export type RequestKind = (typeof REQUEST_KINDS)[number];

export function isRequestKind(kind: NotificationKind): kind is RequestKind {
  return (REQUEST_KINDS as readonly NotificationKind[]).includes(kind);
}

/** File names listed under a submission before "and N more". */
const MAX_FILE_NAMES = 10;

/** The sentence of one line, as in "Dana Whitfield sent Bank statements (3 files) for 2026 tax documents." */
export function requestLineText(item: NotificationLine & { kind: RequestKind }, brand: Branding): string {
  switch (item.kind) {
    case 'request_created': {
      const due = item.dueAt ? ` by ${formatDate(item.dueAt, 'time')}` : '';
      return `${brand.name} asks you for ${documents(item)} (${title(item)})${due}.`;
    }
    case 'request_reminder':
      return `${reminderOpening(item, 'time')}; ${missing(item)} still missing.`;
    case 'client_submitted':
      return `${submission(item, brand)}.`;
  }
}

/** The subject of an email whose main line this is: "Acme Accounting asks for 6 documents by 15 March 2027". */
export function requestSubject(item: NotificationLine & { kind: RequestKind }, brand: Branding): string {
  switch (item.kind) {
    case 'request_created':
      return `${brand.name} asks for ${documents(item)}${item.dueAt ? ` by ${formatDate(item.dueAt, 'long')}` : ''}`;
    case 'request_reminder':
      return reminderOpening(item, 'long');
    case 'client_submitted':
      return submission(item, brand);
  }
}

/** What goes under the line: the request's message and its items, or the files sent. */
export function requestDetails(item: NotificationLine & { kind: RequestKind }): string[] {
  switch (item.kind) {
    case 'request_created':
      return [
        ...(item.message ? [`“${oneLine(item.message, 2000)}”`] : []),
        ...(item.requestItems ?? []).map((i) => `• ${itemText(i)} (${i.required ? 'required' : 'optional'})${description(i)}`),
      ];
    case 'request_reminder':
      return (item.requestItems ?? []).map(
        (i) => `• ${itemText(i)}${i.required ? '' : ' (optional)'}${i.reason ? ` — sent back: “${oneLine(i.reason, 300)}”` : ''}`,
      );
    case 'client_submitted': {
      const names = (item.fileNames ?? []).map((name) => oneLine(name, 120));
      if (names.length === 0) return [];
      const shown = names.slice(0, MAX_FILE_NAMES).join(', ');
      return [names.length > MAX_FILE_NAMES ? `${shown} and ${names.length - MAX_FILE_NAMES} more` : shown];
    }
  }
}

function title(item: NotificationLine): string {
  return oneLine(item.requestTitle || 'your document request', 150);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function documents(item: NotificationLine): string {
  return count(item.requestItems?.length ?? 0, 'document');
}

function missing(item: NotificationLine): string {
  const n = item.requestItems?.length ?? 0;
  return n === 1 ? '1 document is' : `${n} documents are`;
}

function reminderOpening(item: NotificationLine, style: 'time' | 'long'): string {
  const due = item.dueAt ? formatDate(item.dueAt, style) : 'soon';
  return item.overdue ? `Overdue: ${title(item)} was due ${due}` : `Reminder: ${title(item)} is due ${due}`;
}

function submission(item: NotificationLine, brand: Branding): string {
  const files = count(Math.max(item.fileNames?.length ?? 0, 1), 'file');
  return `${who(item, brand)} sent ${oneLine(item.itemTitle || 'an item', 120)} (${files}) for ${title(item)}`;
}

function itemText(item: RequestItemLine): string {
  return oneLine(item.title, 200);
}

function description(item: RequestItemLine): string {
  return item.description ? ` — ${oneLine(item.description, 300)}` : '';
}
