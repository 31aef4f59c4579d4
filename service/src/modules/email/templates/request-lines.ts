import { oneLine, type Branding } from '../branding.ts';
import type { Wording } from './notification-digest.ts';
import { formatDate, who, type NotificationKind, type NotificationLine, type RequestItemLine } from './notification-line.ts';

/**
 * The lines of a notification email about document requests. A client's (`request_created`, `request_reminder`)
 * are in their language (notification-words.ts); the business's (`client_submitted`) in English.
 */
export const REQUEST_KINDS = ['request_created', 'request_reminder', 'client_submitted'] as const satisfies readonly NotificationKind[];

export type RequestKind = (typeof REQUEST_KINDS)[number];

export function isRequestKind(kind: NotificationKind): kind is RequestKind {
  return (REQUEST_KINDS as readonly NotificationKind[]).includes(kind);
}

/** File names listed under a submission before "and N more". */
const MAX_FILE_NAMES = 10;

/** The sentence of one line, as in "Dana Whitfield sent Bank statements (3 files) for 2026 tax documents." */
export function requestLineText(item: NotificationLine & { kind: RequestKind }, brand: Branding, wd: Wording): string {
  const { w, locale } = wd;
  switch (item.kind) {
    case 'request_created': {
      const due = item.dueAt ? formatDate(item.dueAt, 'time', locale) : undefined;
      return w.requestCreated(brand.name, documents(item, wd), title(item, wd), due);
    }
    case 'request_reminder':
      return w.stillMissing(reminderOpening(item, 'time', wd), item.requestItems?.length ?? 0);
    case 'client_submitted':
      return `${submission(item, brand, wd)}.`;
  }
}

/** The subject of an email whose main line this is: "Acme Accounting asks for 6 documents by 15 March 2027". */
export function requestSubject(item: NotificationLine & { kind: RequestKind }, brand: Branding, wd: Wording): string {
  const { w, locale } = wd;
  switch (item.kind) {
    case 'request_created':
      return w.requestCreatedSubject(brand.name, documents(item, wd), item.dueAt ? formatDate(item.dueAt, 'long', locale) : undefined);
    case 'request_reminder':
      return reminderOpening(item, 'long', wd);
    case 'client_submitted':
      return submission(item, brand, wd);
  }
}

/** What goes under the line: the request's message and its items, or the files sent. */
export function requestDetails(item: NotificationLine & { kind: RequestKind }, wd: Wording): string[] {
  const { w } = wd;
  switch (item.kind) {
    case 'request_created':
      return [
        ...(item.message ? [w.quote(oneLine(item.message, 2000))] : []),
        ...(item.requestItems ?? []).map((i) => `• ${itemText(i)} (${i.required ? w.required : w.optional})${description(i)}`),
      ];
    case 'request_reminder':
      return (item.requestItems ?? []).map(
        (i) =>
          `• ${itemText(i)}${i.required ? '' : ` (${w.optional})`}${i.reason ? ` — ${w.sentBack(w.quote(oneLine(i.reason, 300)))}` : ''}`,
      );
    case 'client_submitted': {
      const names = (item.fileNames ?? []).map((name) => oneLine(name, 120));
      if (names.length === 0) return [];
      const shown = names.slice(0, MAX_FILE_NAMES).join(', ');
      return [names.length > MAX_FILE_NAMES ? `${shown} and ${names.length - MAX_FILE_NAMES} more` : shown];
    }
  }
}

function title(item: NotificationLine, { w }: Wording): string {
  return oneLine(item.requestTitle || w.yourRequest, 150);
}

function documents(item: NotificationLine, { w }: Wording): string {
  return w.documents(item.requestItems?.length ?? 0);
}

function reminderOpening(item: NotificationLine, style: 'time' | 'long', wd: Wording): string {
  const due = item.dueAt ? formatDate(item.dueAt, style, wd.locale) : undefined;
  return item.overdue ? wd.w.overdue(title(item, wd), due) : wd.w.reminder(title(item, wd), due);
}

/** The business's line (English): "Dana Whitfield sent Bank statements (3 files) for 2026 tax documents". */
function submission(item: NotificationLine, brand: Branding, wd: Wording): string {
  const n = Math.max(item.fileNames?.length ?? 0, 1);
  return `${who(item, brand)} sent ${oneLine(item.itemTitle || 'an item', 120)} (${n} file${n === 1 ? '' : 's'}) for ${title(item, wd)}`;
}

function itemText(item: RequestItemLine): string {
  return oneLine(item.title, 200);
}

function description(item: RequestItemLine): string {
  return item.description ? ` — ${oneLine(item.description, 300)}` : '';
}
