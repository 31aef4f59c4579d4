import { ContextProvider } from '@lit/context';
import { Task, initialState } from '@lit/task';
import {
  AuthenticationError,
  ConnectionError,
  PublicFoyer,
  type ClientFoyer,
  FoyerError,
  NotFoundError,
  type Me,
  type Member,
  type Portal,
  type PublicPortal,
  type SessionCreated,
} from '@foyer/sdk';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { SignInMethod } from '../events/signed-in.ts';
import type { SignOutReason } from '../events/signed-out.ts';
import { en, type FoyerStrings } from '../strings.ts';
import { portalContext, signInContext, type PortalContext } from './context.ts';
import { emit } from './emit.ts';
import { LOADING, chooseDirection, chooseLocale, loadPack, packLanguage, type Language, type LocalePack } from './locale.ts';
import { clearSession, readSession, writeSession } from './session-store.ts';

export const Phase = { loading: 'loading', signedOut: 'signed-out', ready: 'ready', error: 'error' } as const;
export type Phase = (typeof Phase)[keyof typeof Phase];

/** What the session reads of its element: `<foyer-portal>`'s public properties. */
export interface PortalSessionHost extends ReactiveElement {
  portal: string;
  api: string;
  embedCode: string;
  locale?: string;
  strings: Partial<FoyerStrings>;
  maxUploadBytes: number;
}

/**
 * How long the first screen waits for a language's pack before it shows in English (the pack still applies
 * when it arrives): long enough for a slow connection's one request, short enough not to look broken.
 */
export const PACK_WAIT = 3000;

/** Navigation stays the element's: the session only passes these on. */
export interface PortalSessionOptions {
  /** Opens a file's view, or goes back to the list with `undefined`. */
  openFile(fileId: string | undefined): void;
  /** A session began (sign-in or a remembered one): the element shows its first view. */
  started(): void;
}

const REFRESH_EVERY = 30_000;

/**
 * Everything `<foyer-portal>` knows about who is looking at which portal, in one reactive controller: the
 * portal's public face, the session (remembered in localStorage, from a code, a magic link or the portal's
 * link), the member and portal it belongs to, and refresh (focus, visibility, every 30 s). It provides the
 * parts their {@link PortalContext}.
 *
 * Loads run as Lit `Task`s keyed by what they depend on, so a newer run aborts an older one and a stale
 * answer (the previous portal's, the previous session's, an earlier refresh's) never overwrites a newer
 * one. A refresh first re-reads `/v1/me` (so a revoked session or a changed portal shows at once), then
 * hands the parts a new context, on which they reload keeping what the person loaded.
 */
export class PortalSession implements ReactiveController {
  phase: Phase = Phase.loading;
  /** Why nothing can be shown (phase `error`). */
  error = '';
  /** For the sign-in card: why the last session ended, or why a link did not work. */
  notice = '';
  /** A magic link from the address bar is being exchanged for a session. */
  completing = false;
  /** The portal's public face: name, branding, access mode. */
  info?: PublicPortal;
  /** A link-mode portal's secret (`#k=…`): its visitors give a name and an email only. */
  linkKey?: string;
  member?: Member;
  portal?: Portal;
  /** The chosen locale (BCP 47: `lang`, `<html lang>` or the browser's) and its writing direction. */
  locale = 'en';
  dir: 'ltr' | 'rtl' = 'ltr';
  /** The chosen language's pack is in, or the wait for it gave up: until then only "Loading…" shows. */
  packReady = true;

  private __token?: string;
  /** How the token being checked was obtained: announced in `foyer-signed-in` once `/v1/me` accepts it. */
  private __method?: SignInMethod;
  /** Refreshes asked for, and the one the parts' context carries. */
  private __revision = 0;
  private __shown = 0;
  /** Bumped by Retry: starts again for the same portal. */
  private __attempt = 0;
  private __key = '';
  private __spentEmbed = '';
  private __strings?: FoyerStrings;
  private __language: Language = 'en';
  private __pack: LocalePack = {};
  /** The strings as last merged, and what from: a new object only when the pack or `strings` change. */
  private __merged?: { pack: LocalePack; own: Partial<FoyerStrings>; views: object; strings: FoyerStrings };
  /** The views' English (strings-views.ts), once their chunk is here: until then only the first screen's is. */
  private __viewsEn: object = {};
  private __timer?: ReturnType<typeof setInterval>;
  /** The full client's class, from the views' chunk: until it is here, only the sign-in parts get a context. */
  private __Client?: typeof ClientFoyer;
  private readonly __provider: ContextProvider<typeof portalContext>;
  private readonly __signInProvider: ContextProvider<typeof signInContext>;

  constructor(
    private readonly host: PortalSessionHost,
    private readonly options: PortalSessionOptions,
  ) {
    this.__provider = new ContextProvider(host, { context: portalContext });
    this.__signInProvider = new ContextProvider(host, { context: signInContext });
    // The public face, then a magic link or a remembered session: again whenever `portal` or `api` change.
    new Task(host, {
      task: ([api, portalId, embedCode], { signal }) => this.__start(api, portalId, embedCode, signal),
      onError: (error) =>
        this.__set({
          phase: Phase.error,
          completing: false,
          error: error instanceof NotFoundError ? this.strings.portalNotFound : this.__failure(error),
        }),
      args: () => [host.api, host.portal, host.embedCode, this.__attempt] as const,
    });
    // The session's member and portal: whenever the token changes, and on every refresh.
    new Task(host, {
      task: async ([portalId, token, revision], { signal }) => {
        if (!token) return initialState;
        const me = await this.__client(token).me.get({ signal });
        if (!me.member || me.portal?.id !== portalId)
          throw new AuthenticationError('Not a session of this portal.', { status: 401, code: 'invalid_credentials' });
        return { me, revision };
      },
      onComplete: ({ me, revision }) => this.__resumed(me, revision),
      onError: (error) => this.__rejected(error),
      args: () => [host.portal, this.__token, this.__revision] as const,
    });
    // Added after the tasks: `hostUpdate` then sees what they changed in the same update.
    host.addController(this);
  }

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

  /** A session is in use or being checked: the portal's views will be wanted. */
  get hasSession(): boolean {
    return this.__token !== undefined;
  }

  /** The business's display name. */
  get business(): string {
    return this.info?.workspace.branding.display_name ?? this.info?.workspace.name ?? '';
  }

  hostConnected(): void {
    window.addEventListener('focus', this.__wake);
    document.addEventListener('visibilitychange', this.__wake);
    this.__timer = setInterval(this.__wake, REFRESH_EVERY);
  }

  hostDisconnected(): void {
    window.removeEventListener('focus', this.__wake);
    document.removeEventListener('visibilitychange', this.__wake);
    clearInterval(this.__timer);
  }

  // A new context only when something the parts show or use changed: each new one reloads their data.
  hostUpdate(): void {
    const { host, portal } = this;
    this.__chooseLanguage();
    const key = [host.portal, host.api, this.__token, host.locale, this.locale, this.dir, host.maxUploadBytes, this.__shown, this.business]
      .concat([this.member?.id, portal?.name, portal?.client_uploads].map(String))
      .join('\n');
    const strings = this.strings;
    if (key === this.__key && strings === this.__strings) return;
    this.__key = key;
    this.__strings = strings;
    const context = this.__context();
    const client = (Client: typeof PublicFoyer) =>
      host.api ? new Client({ baseUrl: new URL(host.api, location.href).href, sessionToken: this.__token }) : (undefined as never);
    this.__signInProvider.setValue({ ...context, foyer: client(PublicFoyer) });
    if (this.__Client) this.__provider.setValue({ ...context, foyer: client(this.__Client) as ClientFoyer });
  }

  /** The views have loaded, and with them the SDK's client for everything after sign-in: the parts get their context. */
  useClient(Client: typeof ClientFoyer, viewsEn: object): void {
    this.__Client = Client;
    this.__viewsEn = viewsEn;
    this.__key = '';
    this.host.requestUpdate();
  }

  /** Follows `lang`/`dir` (the element's, the page's, the browser's); fetches a newly chosen language's pack. */
  private __chooseLanguage(): void {
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

  private readonly __wake = (): void => {
    if (document.visibilityState === 'visible') this.refresh();
  };

  /** Reloads what is shown, keeping what the person loaded (pages, threads). */
  refresh(): void {
    if (this.phase !== Phase.ready) return;
    this.__revision++;
    this.host.requestUpdate();
  }

  /** Starts again after an error (the Retry button). */
  retry(): void {
    this.__attempt++;
    this.host.requestUpdate();
  }

  /** Signs this device out: forgets the session here, then ends it on the service. */
  async signOut(): Promise<void> {
    const client = this.__client(this.__token);
    this.__end('user', this.strings.signedOutNotice);
    await client.me.signOut().catch(() => undefined); // already gone or offline: forgotten here either way
  }

  /** A sign-in finished: remember the session, and show the portal once `/v1/me` accepts it. */
  signedIn(session: SessionCreated, method: SignInMethod): void {
    // A session this device held before (the business's site hands a fresh embed code at each visit) ends on
    // the service too, so that one device keeps one live session.
    const replaced = readSession(this.host.api, this.host.portal)?.token;
    if (replaced && replaced !== session.session_token)
      void this.__client(replaced)
        .me.signOut()
        .catch(() => undefined);
    writeSession(this.host.api, this.host.portal, { token: session.session_token, expires_at: session.expires_at });
    if (method === 'access_link') cleanHash('k');
    this.linkKey = undefined;
    this.__use(session.session_token, method);
  }

  /** Reports a failure: an ended session signs out; emits `foyer-error`; returns the sentence to show. */
  report(error: unknown): string {
    if (error instanceof AuthenticationError && this.phase === Phase.ready) this.__end('revoked', this.strings.sessionEnded);
    const message = error instanceof AuthenticationError ? this.strings.sessionEnded : this.__failure(error);
    const e = error instanceof FoyerError ? error : undefined;
    emit(this.host, 'foyer-error', { code: e?.code ?? 'internal_error', message, status: e?.status, request_id: e?.requestId });
    return message;
  }

  private __set(changes: Partial<Pick<PortalSession, 'phase' | 'error' | 'notice' | 'completing' | 'info' | 'linkKey'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  private __use(token: string | undefined, method?: SignInMethod): void {
    this.__token = token;
    this.__method = method;
    this.host.requestUpdate();
  }

  private async __start(api: string, portalId: string, embedCode: string, signal: AbortSignal): Promise<void> {
    // Nothing of the previous portal (or attempt) may stay: its session task is aborted with the token.
    this.__use(undefined);
    this.member = this.portal = undefined;
    this.__set({ phase: Phase.loading, error: '', notice: '', completing: false, info: undefined, linkKey: undefined });
    if (!portalId || !api) return this.__set({ phase: Phase.error, error: this.strings.missingConfig });
    const hash = new URLSearchParams(location.hash.slice(1));
    const magic = hash.get('token');
    const linkKey = hash.get('k');
    if (magic) cleanHash('token');

    const info = await this.__client().portals.getPublic(portalId, { signal });
    signal.throwIfAborted(); // a newer start has begun: its state is not ours to write
    const accent = info.workspace.branding.accent_color;
    if (accent) this.host.style.setProperty('--foyer-brand-accent', accent);
    else this.host.style.removeProperty('--foyer-brand-accent');
    this.__set({ info, linkKey: linkKey && info.access_mode === 'link' ? linkKey : undefined });

    // A code is used once: a Retry, or the portal changing, must not offer a spent one again.
    const embed = embedCode !== this.__spentEmbed && embedCode;
    if (magic || embed) {
      this.__set({ phase: Phase.signedOut, completing: true });
      if (!magic) this.__spentEmbed = embedCode;
      try {
        const v = this.__client().verifications;
        const { session } = await (magic
          ? v.confirmToken(portalId, magic, { signal, locale: this.locale })
          : v.confirmEmbedCode(portalId, embedCode, { signal, locale: this.locale }));
        signal.throwIfAborted();
        // Still "Signing you in…" until /v1/me accepts the session: no sign-in form flashes in between.
        return this.signedIn(session, magic ? 'magic_link' : 'embed');
      } catch (error) {
        signal.throwIfAborted();
        if (error instanceof ConnectionError) this.__spentEmbed = ''; // never reached the service: Retry may use it
        const s = this.strings;
        this.__set({ notice: error instanceof AuthenticationError ? (magic ? s.linkFailed : s.embedFailed) : this.__failure(error) });
      }
      return this.__set({ completing: false });
    }
    const stored = readSession(api, portalId);
    if (stored) this.__use(stored.token, 'remembered');
    else this.__set({ phase: Phase.signedOut });
  }

  private __resumed(me: Me, revision: number): void {
    this.member = me.member;
    this.portal = me.portal;
    this.__shown = revision;
    const method = this.__method;
    this.__method = undefined;
    this.__set({ phase: Phase.ready, notice: '', completing: false });
    if (method) {
      this.options.started();
      emit(this.host, 'foyer-signed-in', { member: me.member!, method });
    }
  }

  private __rejected(error: unknown): void {
    if (!(error instanceof AuthenticationError)) {
      // A refresh that failed (offline, a 5xx) keeps what is shown: the next one tries again.
      if (this.phase !== Phase.ready) this.__set({ phase: Phase.error, error: this.__failure(error) });
      return;
    }
    if (this.phase === Phase.ready) return this.__end('revoked', this.strings.sessionEnded);
    const remembered = this.__method === 'remembered';
    clearSession(this.host.api, this.host.portal);
    this.__use(undefined);
    this.__set({ phase: Phase.signedOut, notice: this.strings.sessionEnded, completing: false });
    if (remembered) emit(this.host, 'foyer-signed-out', { reason: 'expired' });
  }

  private __end(reason: SignOutReason, notice: string): void {
    clearSession(this.host.api, this.host.portal);
    this.__use(undefined);
    this.member = this.portal = undefined;
    this.__set({ phase: Phase.signedOut, notice });
    emit(this.host, 'foyer-signed-out', { reason });
  }

  private __client(token?: string): PublicFoyer {
    // The SDK drops trailing slashes itself. What the session calls itself — the public face, the sign-in,
    // /v1/me — needs only PublicFoyer: the rest of the SDK loads with the views.
    return new PublicFoyer({ baseUrl: new URL(this.host.api, location.href).href, sessionToken: token });
  }

  private __failure(error: unknown): string {
    const s = this.strings;
    if (error instanceof ConnectionError) return s.networkError;
    if (error instanceof FoyerError && error.status !== undefined && error.status < 500 && error.message) return error.message;
    return s.genericError;
  }

  private __context(): Omit<PortalContext, 'foyer'> {
    const { host } = this;
    return {
      portalId: host.portal,
      strings: this.strings,
      locale: host.locale || this.locale,
      business: this.business,
      member: this.member,
      portal: this.portal,
      maxUploadBytes: host.maxUploadBytes,
      revision: this.__shown,
      report: (error) => this.report(error),
      signedIn: (session, method) => this.signedIn(session, method),
      verified: async (session) => {
        writeSession(host.api, host.portal, { token: session.session_token, expires_at: session.expires_at });
        this.member = session.member;
        this.__use(session.session_token);
        emit(host, 'foyer-signed-in', { member: session.member, method: 'code' });
        await host.updateComplete;
      },
      uploaded: (file, newVersion, item) => {
        this.refresh();
        emit(host, 'foyer-file-uploaded', { file, new_version: newVersion });
        if (item)
          emit(host, 'foyer-request-item-submitted', {
            request_id: item.request_id,
            item_id: item.id,
            file_id: file.id,
            version: file.current_version.version,
            file,
          });
      },
      decided: (detail) => {
        this.refresh();
        emit(host, 'foyer-approval-decided', detail);
      },
      openFile: (fileId) => this.options.openFile(fileId),
    };
  }
}

function cleanHash(name: string): void {
  const params = new URLSearchParams(location.hash.slice(1));
  params.delete(name);
  const rest = params.toString();
  history.replaceState(history.state, '', location.pathname + location.search + (rest ? `#${rest}` : ''));
}
