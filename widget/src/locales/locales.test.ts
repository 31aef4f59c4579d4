import { expect } from '../../test/expect.ts';
import { baseLanguage, chooseDirection, chooseLocale, LANGUAGES, loadPack, packLanguage, type LocalePack } from '../internal/locale.ts';
import { en as firstScreen } from '../strings.ts';
import { viewsEn } from '../strings-views.ts';

/** All of English: the first screen's and the views'. */
const en = { ...firstScreen, ...viewsEn };

// The language packs read as data: each has every key English has (a missing one would quietly read in English,
// which this catches), of the same kind, and each sentence keeps the values English's shows.

/** The keys of `value`, those of nested objects (itemStatus, typeNames) as `parent › key`. */
function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, v]) =>
    v && typeof v === 'object' && !Array.isArray(v) ? keys(v as object, `${prefix}${key} › `) : [`${prefix}${key}`],
  );
}

function at(value: object, path: string): unknown {
  return path.split(' › ').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

/** Which of distinct values a function shows ("9001"… serve string and number parameters alike). */
function placeholders(value: unknown): string[] {
  if (typeof value !== 'function') return [];
  const args = Array.from({ length: value.length }, (_, i) => String(9001 + i));
  const out = [(value as (...a: string[]) => unknown)(...args)].flat().join(' ');
  return args.filter((arg) => out.includes(arg));
}

const packs = Object.fromEntries(
  await Promise.all(LANGUAGES.filter((l) => l !== 'en').map(async (l) => [l, await loadPack(l)] as const)),
) as Record<string, LocalePack>;

describe('locale packs', () => {
  for (const [lang, pack] of Object.entries(packs)) {
    it(`${lang} has every key English has, and no other`, () => {
      const missing = keys(en).filter((k) => at(pack, k) === undefined);
      expect(missing, `keys ${lang} lacks`).to.deep.equal([]);
      const extra = keys(pack).filter((k) => at(en, k) === undefined);
      expect(extra, `keys English does not have`).to.deep.equal([]);
    });

    it(`${lang} keeps English's kinds and placeholders, and translates`, () => {
      let same = 0;
      for (const key of keys(en)) {
        const [mine, english] = [at(pack, key), at(en, key)];
        expect(typeof mine, key).to.equal(typeof english);
        expect(placeholders(mine), key).to.deep.equal(placeholders(english));
        if (typeof english === 'string' && mine === english) same++;
      }
      // Words like "SHA-256", "Details" or "Portal" may read the same; most do not.
      expect(same).to.be.below(8);
    });
  }

  it('fails the check when a pack lacks a key (the check itself)', () => {
    const { signOut: _gone, ...partial } = packs.de!;
    expect(keys(en).filter((k) => at(partial, k) === undefined)).to.deep.equal(['signOut']);
  });

  it('chooses a region’s language (de-AT → de) and English when there is no pack', () => {
    expect(packLanguage('de-AT')).to.equal('de');
    expect(packLanguage('fr-CA')).to.equal('fr');
    expect(packLanguage('nl-BE')).to.equal('nl');
    expect(packLanguage('es-419')).to.equal('es');
    expect(packLanguage('pt-BR')).to.equal('en');
    expect(packLanguage('ar')).to.equal('en');
    expect(baseLanguage('zh_Hant_TW')).to.equal('zh');
  });

  it('reads lang from the element, else <html lang>, else the browser; a malformed tag is English', () => {
    const el = document.createElement('div');
    const html = document.documentElement;
    const before = html.lang;
    try {
      html.lang = 'fr-CA';
      expect(chooseLocale(el)).to.equal('fr-CA');
      el.setAttribute('lang', 'de-at');
      expect(chooseLocale(el)).to.equal('de-AT');
      el.setAttribute('lang', 'not a tag');
      expect(chooseLocale(el)).to.equal('en');
      el.removeAttribute('lang');
      html.lang = '';
      const browser = navigator.languages.find((l) => LANGUAGES.includes(baseLanguage(l) as never)) ?? navigator.languages[0];
      expect(chooseLocale(el)).to.equal(Intl.getCanonicalLocales(browser)[0]);
    } finally {
      html.lang = before;
    }
  });

  it('writes right to left for ar, he, fa and ur, or when the element or the page says so', () => {
    const el = document.createElement('div');
    for (const tag of ['ar', 'he-IL', 'fa', 'ur-PK']) expect(chooseDirection(el, tag), tag).to.equal('rtl');
    expect(chooseDirection(el, 'de')).to.equal('ltr');
    el.setAttribute('dir', 'rtl');
    expect(chooseDirection(el, 'de')).to.equal('rtl');
    el.setAttribute('dir', 'ltr');
    expect(chooseDirection(el, 'ar')).to.equal('ltr');
  });
});
