// The languages a client's emails are written in. The widget sends the language it shows; a member keeps the
// last one they signed in with (members.locale). Anything else is English.

export const EMAIL_LOCALES = ['en', 'de', 'fr', 'es', 'nl'] as const;

export type EmailLocale = (typeof EMAIL_LOCALES)[number];

/** A template's words in every language: English's keys, each language complete (templates/words.test.ts). */
export type Localized<Words> = Record<EmailLocale, Words>;

/** `de-AT` → `de`, `FR` → `fr`; null for a language the emails are not written in, or none. */
export function emailLocale(tag: string | null | undefined): EmailLocale | null {
  const lang = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return (EMAIL_LOCALES as readonly string[]).includes(lang ?? '') ? (lang as EmailLocale) : null;
}

/** The BCP 47 tag dates are formatted in: British English's day-month order for English, as before. */
export function dateLocale(locale: EmailLocale): string {
  return locale === 'en' ? 'en-GB' : locale;
}
