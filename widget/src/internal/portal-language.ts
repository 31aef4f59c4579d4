import type { ReactiveElement } from 'lit';
import { en, type FoyerStrings } from '../strings.ts';
import { LOADING, chooseDirection, chooseLocale, loadPack, packLanguage, type Language, type LocalePack } from './locale.ts';

/** What the language reads of its element: `<foyer-portal>`'s `lang`, `dir` and `strings`. */
export interface PortalLanguageHost extends ReactiveElement {
  strings: Partial<FoyerStrings>;
}

/**
 * How long the first screen waits for a language's pack before it shows in English (the pack still applies
 * when it arrives): long enough for a slow connection's one request, short enough not to look broken.
 */
export const PACK_WAIT = 3000;

/**
 * The language `<foyer-portal>` speaks: the locale and writing direction chosen from `lang`/`dir` (the
 * element's, the page's, the browser's), the chosen language's pack (fetched when chosen), and the strings —
 * English, under the pack, under the page's own `strings`. Its {@link PortalSession} asks it to choose before
 * each update, and passes its strings to the parts.
 */
export class PortalLanguage {
  /** The chosen locale (BCP 47: `lang`, `<html lang>` or the browser's) and its writing direction. */
  locale = 'en';
  dir: 'ltr' | 'rtl' = 'ltr';
  /** The chosen language's pack is in, or the wait for it gave up: until then only "Loading…" shows. */
  packReady = true;

  private __language: Language = 'en';
  private __pack: LocalePack = {};
  /** The strings as last merged, and what from: a new object only when the pack or `strings` change. */
  private __merged?: { pack: LocalePack; own: Partial<FoyerStrings>; views: object; strings: FoyerStrings };
  /** The views' English (strings-views.ts), once their chunk is here: until then only the first screen's is. */
  private __viewsEn: object = {};

  constructor(private readonly host: PortalLanguageHost) {}

  /**
   * English, under the language's pack, under the page's own `strings`. The views' English keys are there once
   * their chunk is (only the views use them).
   */
  get strings(): FoyerStrings {
    const { __pack: pack, host, __viewsEn: views } = this;
    const m = this.__merged;
    if (m?.pack === pack && m.own === host.strings && m.views === views) return m.strings;
    const strings = { ...en, ...views, ...pack, ...host.strings } as FoyerStrings;
    this.__merged = { pack, own: host.strings, views, strings };
    return strings;
  }

  /** "Loading…" in the chosen language, before its pack is in. */
  get loadingText(): string {
    return this.host.strings.loading ?? LOADING[this.__language];
  }

  /** The views' chunk has loaded, and with it their English. */
  useViews(viewsEn: object): void {
    this.__viewsEn = viewsEn;
  }

  /** Follows `lang`/`dir` (the element's, the page's, the browser's); fetches a newly chosen language's pack. */
  choose(): void {
    this.locale = chooseLocale(this.host);
    this.dir = chooseDirection(this.host, this.locale);
    const language = packLanguage(this.locale);
    if (language === this.__language) return;
    this.__language = language;
    this.__pack = {};
    this.packReady = language === 'en';
    if (this.packReady) return;
    const done = (pack: LocalePack) => {
      clearTimeout(giveUp);
      if (language !== this.__language) return; // another language was chosen meanwhile
      if (Object.keys(pack).length) this.__pack = pack;
      this.packReady = true;
      this.host.requestUpdate();
    };
    const giveUp = setTimeout(() => done({}), PACK_WAIT);
    // A pack that cannot be fetched (offline, a blocked chunk) leaves English: the portal still works.
    loadPack(language).then(done, () => done({}));
  }
}
