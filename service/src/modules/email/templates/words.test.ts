import { describe, expect, it } from 'vitest';
import { brandingOf } from '../branding.ts';
import { composeEmail } from '../compose.ts';
import { EMAIL_LOCALES, emailLocale, type Localized } from '../locale.ts';
import { invitationWords } from './invitation.ts';
import { newDeviceSignInWords } from './new-device-sign-in.ts';
import { notificationWords } from './notification-words.ts';
import { verificationCodeWords } from './verification-code.ts';

// Every template a client gets has its words in each language: the same keys as English, and each function
// keeping the values English's shows (no code, portal or due date lost in translation).
const TEMPLATE_WORDS: Record<string, Localized<object>> = {
  verification_code: verificationCodeWords,
  invitation: invitationWords,
  new_device_sign_in: newDeviceSignInWords,
  'notification_digest and request lines': notificationWords,
};

/** Which of the distinct values `value` shows when called with them (a function), as in English. */
function placeholders(value: unknown): string[] {
  if (typeof value !== 'function') return [];
  // Numbers serve both the string and the number parameters; each is distinct and easy to find.
  const args = Array.from({ length: value.length }, (_, i) => 9001 + i);
  const out = [(value as (...a: number[]) => unknown)(...args)].flat().join(' ');
  return args.map(String).filter((arg) => out.includes(arg));
}

describe('the words of client emails', () => {
  for (const [template, words] of Object.entries(TEMPLATE_WORDS)) {
    it(`${template}: every language has English's keys, of the same kind, with the same placeholders`, () => {
      const en = words.en as Record<string, unknown>;
      for (const locale of EMAIL_LOCALES) {
        const w = words[locale] as Record<string, unknown>;
        expect(Object.keys(w).sort(), locale).toEqual(Object.keys(en).sort());
        for (const [key, value] of Object.entries(en)) {
          expect(typeof w[key], `${locale}.${key}`).toBe(typeof value);
          expect(placeholders(w[key]), `${locale}.${key}`).toEqual(placeholders(value));
          if (locale !== 'en' && typeof value === 'function') expect(placeholders(value).length, key).toBe(value.length);
        }
      }
    });
  }

  it('renders each client template in each language, each in its own words', () => {
    const brand = brandingOf({ name: 'Acme', display_name: null, accent_color: null, logo_url: null });
    const link = 'https://portal.example/p/prt_1';
    const samples = [
      ['verification_code', { portalName: 'Tax', code: '123456', link, codeExpiresInMinutes: 10, linkExpiresInMinutes: 15 }],
      ['invitation', { portalName: 'Tax', portalUrl: link, recipientName: 'Dana' }],
      ['new_device_sign_in', { portalName: 'Tax', portalUrl: link, signedInAt: '2026-12-07T12:00:00.000Z', ip: '192.0.2.1' }],
      [
        'notification_digest',
        {
          audience: 'client',
          portalName: 'Tax',
          portalUrl: link,
          unsubscribeUrl: `${link}/u`,
          items: [
            {
              kind: 'request_reminder',
              requestTitle: 'Docs',
              dueAt: '2027-03-15T17:00:00.000Z',
              requestItems: [{ title: 'ID', required: false }],
            },
            { kind: 'approval_requested', fileName: 'a.pdf', version: 2, dueAt: '2026-12-15T17:00:00.000Z' },
          ],
        },
      ],
    ] as const;
    for (const [template, data] of samples) {
      const english = composeEmail(template, data as never, brand, 'en');
      for (const locale of EMAIL_LOCALES.filter((l) => l !== 'en')) {
        const mail = composeEmail(template, data as never, brand, locale);
        expect(mail.subject, `${template} ${locale}`).not.toBe(english.subject);
        expect(mail.text, `${template} ${locale}`).not.toMatch(/undefined|\bthe\b|Hello|Sign in/);
        expect(mail.html).toContain(`<html lang="${locale}">`);
      }
    }
  });

  it('keeps a region’s language and drops what it has no words for', () => {
    expect(emailLocale('de-AT')).toBe('de');
    expect(emailLocale('NL_be')).toBe('nl');
    expect(emailLocale('en')).toBe('en');
    expect(emailLocale('pt-BR')).toBeNull();
    expect(emailLocale('')).toBeNull();
    expect(emailLocale(undefined)).toBeNull();
  });
});
