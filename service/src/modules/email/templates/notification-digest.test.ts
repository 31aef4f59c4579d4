import { describe, expect, it } from 'vitest';
import { brandingOf } from '../branding.ts';
import { composeEmail } from '../compose.ts';
import type { NotificationDigestData, NotificationLine } from './notification-digest.ts';

const brand = brandingOf({ name: 'Acme <Accounting>', display_name: null, accent_color: '#0f766e', logo_url: null });
const base: Omit<NotificationDigestData, 'items'> = {
  audience: 'client',
  portalName: 'Tax "2026"',
  portalUrl: 'https://portal.example/p/prt_1',
  unsubscribeUrl: 'https://portal.example/unsubscribe?t=u1.abc.def',
  recipientName: 'Dana',
};

describe('notification_digest', () => {
  it('gives one event a subject of its own and several a count', () => {
    const one: NotificationLine = {
      kind: 'approval_requested',
      fileName: 'return.pdf',
      version: 2,
      dueAt: '2026-12-04T17:00:00.000Z',
      message: 'By Friday, please.',
    };
    const single = composeEmail('notification_digest', { ...base, items: [one] }, brand);
    expect(single.subject).toBe('Approval requested: return.pdf (due 4 Dec 2026)');
    expect(single.text).toContain('Acme <Accounting> asks you to approve return.pdf (version 2) by Fri, 4 Dec 2026, 17:00 UTC.');
    expect(single.text).toContain('“By Friday, please.”');
    const many = composeEmail('notification_digest', { ...base, items: [one, { kind: 'file_shared', fileName: 'letter.pdf' }] }, brand);
    expect(many.subject).toBe('2 updates in Tax "2026"');
  });

  it('escapes every name in the HTML and keeps subjects on one line', () => {
    const evil: NotificationLine = {
      kind: 'client_commented',
      fileName: '<img src=x onerror=alert(1)>.pdf',
      actor: 'Eve\r\nBcc: x@evil.test',
      excerpt: '<script>alert(1)</script>',
    };
    const mail = composeEmail('notification_digest', { ...base, audience: 'owner', items: [evil] }, brand);
    expect(mail.subject).toBe('Eve Bcc: x@evil.test commented on <img src=x onerror=alert(1)>.pdf');
    expect(mail.html).not.toContain('<img src=x');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('href="https://portal.example/unsubscribe?t=u1.abc.def"');
    expect(mail.text).toContain('Unsubscribe: https://portal.example/unsubscribe?t=u1.abc.def');
  });

  it('lists at most 30 lines and counts the rest', () => {
    const items: NotificationLine[] = Array.from({ length: 42 }, (_, i) => ({
      kind: 'client_uploaded',
      fileName: `f${i}.pdf`,
      actor: 'Sam',
    }));
    const mail = composeEmail('notification_digest', { ...base, audience: 'owner', items }, brand);
    expect(mail.subject).toBe('42 updates in Tax "2026"');
    expect(mail.text).toContain('Sam uploaded f29.pdf.');
    expect(mail.text).not.toContain('f30.pdf');
    expect(mail.text).toContain('- and 12 more');
  });
});
