// Which language `<foyer-portal>` speaks, and its strings: English is built in; the other packs are separate
// modules, fetched by dynamic import() only when chosen, so the bundle everyone loads does not carry them.

import type { LocalePack } from '../strings.ts';

export type { LocalePack };

/** The languages with a pack (English is the built-in one). */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

// Written right to left: the widget mirrors for these, with or without a pack.
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/** "Loading…" while a pack is on its way: the one string shown before it arrives, so it never flashes English. */
export const LOADING: Record<Language, string> = {
  en: 'Loading…',
  de: 'Wird geladen…',
  fr: 'Chargement…',
  es: 'Cargando…',
  nl: 'Laden…',
};

/** `de-AT` → `de`; `''` for no tag. */
export function baseLanguage(tag: string): string {
  return tag.trim().split(/[-_]/)[0]!.toLowerCase();
}

export function hasPack(tag: string): boolean {
  return (LANGUAGES as readonly string[]).includes(baseLanguage(tag));
}

/**
 * The locale for `el`: its `lang` attribute, else the page's `<html lang>`, else the first of the browser's
 * languages that has a pack (else its first). A valid BCP 47 tag, for Intl and for the pack's language.
 */
export function chooseLocale(el: Element): string {
  const given = el.getAttribute('lang') || document.documentElement.lang;
  const tag = given || (navigator.languages.find(hasPack) ?? navigator.languages[0] ?? navigator.language);
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return 'en'; // not a language tag ("english"): the built-in language
  }
}

/** The pack's language for a locale (`de-AT` → `de`), or `en` when there is none. */
export function packLanguage(locale: string): Language {
  const lang = baseLanguage(locale);
  return hasPack(lang) ? (lang as Language) : 'en';
}

/** `rtl` for right-to-left languages or when the element or the page says so; an element's `dir` wins. */
export function chooseDirection(el: Element, locale: string): 'ltr' | 'rtl' {
  const own = el.getAttribute('dir');
  if (own === 'rtl' || own === 'ltr') return own;
  if (RTL.has(baseLanguage(locale)) || document.documentElement.dir === 'rtl') return 'rtl';
  return 'ltr';
}

/**
 * The pack for a language: each is its own module, fetched when first needed. Written out one import per
 * language, so the bundler makes each a chunk of its own.
 */
export async function loadPack(lang: Language): Promise<LocalePack> {
  switch (lang) {
    case 'de':
      return (await import('../locales/de.ts')).de;
    case 'fr':
      return (await import('../locales/fr.ts')).fr;
    case 'es':
      return (await import('../locales/es.ts')).es;
    case 'nl':
      return (await import('../locales/nl.ts')).nl;
    default:
      return {};
  }
}
