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
import type { FoyerStrings } from '../strings.ts';
import { portalContext, signInContext, type PortalContext } from './context.ts';
import { emit } from './emit.ts';
import { PortalLanguage } from './portal-language.ts';
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
 * parts their {@link PortalContext}, with the strings of its {@link PortalLanguage} (portal-language.ts).
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
  /** The language it speaks: locale, direction, the pack, the strings. */
  readonly language: PortalLanguage;

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
  private __timer?: ReturnType<typeof setInterval>;
  /** The full client's class, from the views' chunk: until it is here, only the sign-in parts get a context. */
  private __Client?: typeof ClientFoyer;
  private readonly __provider: ContextProvider<typeof portalContext>;
  private readonly __signInProvider: ContextProvider<typeof signInContext>;

  constructor(
    private readonly host: PortalSessionHost,
    private readonly options: PortalSessionOptions,
  ) {
    this.language = new PortalLanguage(host);
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

  /** The strings in the chosen language. */
  get strings(): FoyerStrings {
    return this.language.strings;
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
    const { host, portal, language } = this;
    language.choose();
    const key = [
      host.portal,
      host.api,
      this.__token,
      host.locale,
      language.locale,
      language.dir,
      host.maxUploadBytes,
      this.__shown,
      this.business,
    ]
      .concat([this.member?.id, portal?.name, portal?.client_uploads].map(String))
      .join('\n');
    const strings = this.strings;
    if (key === this.__key && strings === this.__strings) return;
    this.__key = key;
    this.__strings = strings;
    const context = this.__context();
    // No client without `api`: the parts show nothing until the portal's error does.
    const client = <T>(Client: new (options: { baseUrl: string; sessionToken?: string }) => T) =>
      host.api ? this.__client(this.__token, Client) : (undefined as never);
    this.__signInProvider.setValue({ ...context, foyer: client(PublicFoyer) });
    if (this.__Client) this.__provider.setValue({ ...context, foyer: client(this.__Client) });
  }

  /** The views have loaded, and with them the SDK's client for everything after sign-in: the parts get their context. */
  useClient(Client: typeof ClientFoyer, viewsEn: object): void {
    this.__Client = Client;
    this.language.useViews(viewsEn);
    this.__key = '';
    this.host.requestUpdate();
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
    this.__remember(session);
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

  private __remember(session: Pick<SessionCreated, 'session_token' | 'expires_at'>): void {
    writeSession(this.host.api, this.host.portal, { token: session.session_token, expires_at: session.expires_at });
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
          ? v.confirmToken(portalId, magic, { signal, locale: this.language.locale })
          : v.confirmEmbedCode(portalId, embedCode, { signal, locale: this.language.locale }));
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
    // A session shown until now was revoked; a remembered one expired; one just made was never shown (no event).
    const reason = this.phase === Phase.ready ? 'revoked' : this.__method === 'remembered' ? 'expired' : undefined;
    this.__end(reason, this.strings.sessionEnded);
  }

  /** Forgets the session here and shows the sign-in with `notice`; announces the end when one was in use. */
  private __end(reason: SignOutReason | undefined, notice: string): void {
    clearSession(this.host.api, this.host.portal);
    this.__use(undefined);
    this.member = this.portal = undefined;
    this.__set({ phase: Phase.signedOut, notice, completing: false });
    if (reason) emit(this.host, 'foyer-signed-out', { reason });
  }

  /**
   * A client of the service at `api` (relative to the page; the SDK drops trailing slashes itself). What the
   * session calls itself — the public face, the sign-in, /v1/me — needs only PublicFoyer: the rest of the SDK
   * (ClientFoyer, for the parts) loads with the views.
   */
  private __client<T = PublicFoyer>(
    token?: string,
    Client: new (options: { baseUrl: string; sessionToken?: string }) => T = PublicFoyer as never,
  ): T {
    return new Client({ baseUrl: new URL(this.host.api, location.href).href, sessionToken: token });
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
      locale: host.locale || this.language.locale,
      business: this.business,
      member: this.member,
      portal: this.portal,
      maxUploadBytes: host.maxUploadBytes,
      revision: this.__shown,
      report: (error) => this.report(error),
      signedIn: (session, method) => this.signedIn(session, method),
      verified: async (session) => {
        this.__remember(session);
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
