import { oneLine, type Branding } from '../branding.ts';
import { dateLocale, type EmailLocale } from '../locale.ts';

/** What happened, one line of a notification email each. Client kinds first, then owner kinds. */
export const NOTIFICATION_KINDS = [
  'file_shared',
  'version_shared',
  'approval_requested',
  'approval_reminder',
  'comment_reply',
  'request_created',
  'request_reminder',
  'client_uploaded',
  'client_uploaded_version',
  'client_commented',
  'approved',
  'changes_requested',
  'client_submitted',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** One item of a document request as an email lists it. */
export interface RequestItemLine {
  title: string;
  required: boolean;
  description?: string | null;
  /** Why the business sent it back (`changes_requested`), in a reminder. */
  reason?: string | null;
}

export interface NotificationLine {
  kind: NotificationKind;
  /** The file it is about (file, comment and approval kinds; one of the files of `client_submitted`). */
  fileName?: string | null;
  version?: number | null;
  /** Who did it: a member's name or email. Null or absent: the business (shown as the workspace's name). */
  actor?: string | null;
  /** The start of a comment. */
  excerpt?: string | null;
  /** A decision's note. */
  note?: string | null;
  /** An approval request's or a document request's message. */
  message?: string | null;
  /** ISO 8601 due date of an approval request or a document request. */
  dueAt?: string | null;
  /** The document request (request kinds and `client_submitted`). */
  requestId?: string | null;
  requestTitle?: string | null;
  /** `request_created`: every item; `request_reminder`: the items still waiting on the client. */
  requestItems?: RequestItemLine[] | null;
  /** `request_reminder`: the due date had passed when it was sent. */
  overdue?: boolean | null;
  /** `client_submitted`: the item and the files sent to it (those of one email are merged into one line). */
  itemId?: string | null;
  itemTitle?: string | null;
  fileId?: string | null;
  fileNames?: string[] | null;
}

/** Who did it: the member's name or email, else the business. */
export function who(item: NotificationLine, brand: Branding): string {
  return item.actor ? oneLine(item.actor, 100) : brand.name;
}

/**
 * `Mon, 30 Nov 2026, 17:00 UTC` (`time`), `30 Nov 2026` (`short`) or `30 November 2026` (`long`), in the
 * recipient's language (`Mo., 30. Nov. 2026, 17:00 UTC`). Emails cannot know the reader's zone.
 */
export function formatDate(iso: string, style: 'time' | 'short' | 'long', locale: EmailLocale = 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return oneLine(iso, 40);
  const options: Intl.DateTimeFormatOptions =
    style === 'time'
      ? {
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
          timeZone: 'UTC',
        }
      : { day: 'numeric', month: style, year: 'numeric', timeZone: 'UTC' };
  return `${new Intl.DateTimeFormat(dateLocale(locale), options).format(date)}${style === 'time' ? ' UTC' : ''}`;
}
