import { describe, expect, it } from 'vitest';
import { brandingOf } from '../branding.ts';
import { composeEmail } from '../compose.ts';
import type { NotificationDigestData, NotificationLine } from './notification-digest.ts';

const brand = brandingOf({ name: 'acme', display_name: 'Acme Accounting', accent_color: null, logo_url: null });
const client: Omit<NotificationDigestData, 'items'> = {
  audience: 'client',
  portalName: 'Dana Whitfield',
  portalUrl: 'https://portal.example/p/prt_1',
  unsubscribeUrl: 'https://portal.example/unsubscribe?t=u1.abc.def',
  recipientName: 'Dana',
};
const created: NotificationLine = {
  kind: 'request_created',
  requestId: 'req_1',
  requestTitle: '2026 tax documents',
  message: 'Everything for the 2026 return, please.',
  dueAt: '2027-03-15T17:00:00.000Z',
  requestItems: [
    { title: 'Bank statements', required: true, description: 'All accounts, January to December' },
    { title: 'Receipts', required: true },
    { title: 'ID', required: false },
  ],
};

describe('document request lines of notification_digest', () => {
  it('asks for the documents by the due date, with the message, each item and the portal link', () => {
    const mail = composeEmail('notification_digest', { ...client, items: [created] }, brand);
    expect(mail.subject).toBe('Acme Accounting asks for 3 documents by 15 March 2027');
    expect(mail.text).toContain('Acme Accounting asks you for 3 documents (2026 tax documents) by Mon, 15 Mar 2027, 17:00 UTC.');
    expect(mail.text).toContain('“Everything for the 2026 return, please.”');
    expect(mail.text).toContain('• Bank statements (required) — All accounts, January to December');
    expect(mail.text).toContain('• ID (optional)');
    expect(mail.text).toContain('https://portal.example/p/prt_1');
    expect(mail.html).toContain('href="https://portal.example/p/prt_1"');
    const undated = composeEmail(
      'notification_digest',
      { ...client, items: [{ ...created, dueAt: null, requestItems: [created.requestItems![0]!] }] },
      brand,
    );
    expect(undated.subject).toBe('Acme Accounting asks for 1 document');
  });

  it('leads the subject with the request when other updates share the email', () => {
    const mail = composeEmail(
      'notification_digest',
      { ...client, items: [{ kind: 'file_shared', fileName: 'guide.pdf' }, created] },
      brand,
    );
    expect(mail.subject).toBe('Acme Accounting asks for 3 documents by 15 March 2027 (and 1 more update)');
    expect(mail.text).toContain('Acme Accounting shared guide.pdf.');
  });

  it('reminds of what is still missing, and says when it is overdue', () => {
    const reminder: NotificationLine = {
      kind: 'request_reminder',
      requestTitle: '2026 tax documents',
      dueAt: '2027-03-15T17:00:00.000Z',
      overdue: false,
      requestItems: [
        { title: 'Receipts', required: true, reason: 'The March ones are missing' },
        { title: 'ID', required: false },
      ],
    };
    const before = composeEmail('notification_digest', { ...client, items: [reminder] }, brand);
    expect(before.subject).toBe('Reminder: 2026 tax documents is due 15 March 2027');
    expect(before.text).toContain('Reminder: 2026 tax documents is due Mon, 15 Mar 2027, 17:00 UTC; 2 documents are still missing.');
    expect(before.text).toContain('• Receipts — sent back: “The March ones are missing”');
    expect(before.text).toContain('• ID (optional)');
    expect(before.text).not.toContain('Bank statements');
    const late = composeEmail(
      'notification_digest',
      { ...client, items: [{ ...reminder, overdue: true, requestItems: [reminder.requestItems![0]!] }] },
      brand,
    );
    expect(late.subject).toBe('Overdue: 2026 tax documents was due 15 March 2027');
    expect(late.text).toContain('1 document is still missing.');
  });

  it('tells owners who sent what for which request, linking to the console', () => {
    const sent: NotificationLine = {
      kind: 'client_submitted',
      actor: 'Dana Whitfield',
      requestTitle: '2026 tax documents',
      itemTitle: 'Bank statements',
      fileNames: ['jan.pdf', 'feb.pdf', 'mar.pdf'],
    };
    const owner = { ...client, audience: 'owner' as const, consoleUrl: 'https://portal.example/console/portals/prt_1?tab=requests' };
    const mail = composeEmail('notification_digest', { ...owner, items: [sent] }, brand);
    expect(mail.subject).toBe('Dana Whitfield sent Bank statements (3 files) for 2026 tax documents');
    expect(mail.text).toContain('jan.pdf, feb.pdf, mar.pdf');
    expect(mail.text).toContain('Review it in the console:\nhttps://portal.example/console/portals/prt_1?tab=requests');
    expect(mail.html).toContain('href="https://portal.example/console/portals/prt_1?tab=requests"');
    expect(mail.text).not.toContain('https://portal.example/p/prt_1');
  });

  it('escapes request titles, items and messages in the HTML and keeps the subject on one line', () => {
    const evil: NotificationLine = {
      ...created,
      message: '<script>alert(1)</script>',
      requestItems: [{ title: '<img src=x onerror=alert(1)>', required: true }],
    };
    const mail = composeEmail('notification_digest', { ...client, items: [{ ...evil, requestTitle: 'Tax\r\nBcc: x@evil.test' }] }, brand);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img src=x');
    expect(mail.text).toContain('(Tax Bcc: x@evil.test)');
  });
});
