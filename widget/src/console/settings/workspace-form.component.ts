import { consume } from '@lit/context';
import type { RequestBody, Workspace } from '@foyer/sdk';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formText } from '../../internal/form-text.ts';
import { base } from '../../themes/base.styles.ts';
import { consoleContext, type ConsoleContext } from '../shared/context.ts';
import { consoleBase } from '../shared/console.styles.ts';
import { emptyState, failedState, forbiddenState, formError, isForbidden, loadingState } from '../shared/states.ts';
import { trimTrailingSlashes } from '../shared/trim-slashes.ts';

const HEX = /^#[0-9a-fA-F]{6}$/;
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?$/;
const DEFAULT_ACCENT = '#0f766e';

type Section = 'branding' | 'origins' | 'notifications';

/**
 * `<foyer-console-workspace-form section="branding|origins|notifications">`: the workspace's settings that only
 * owners change. Branding (display name, logo URL, accent colour) with a live preview of the portal's sign-in card
 * drawn with the same tokens; the allowed websites (origins) and the extra notification addresses, each added or
 * removed at once.
 */
export class FoyerConsoleWorkspaceForm extends LitElement {
  static override styles = [
    base,
    consoleBase,
    css`
      .branding {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 20rem);
        gap: 1.5rem;
        align-items: start;
      }
      .accent {
        display: flex;
        gap: 0.5rem;
        align-items: center;
      }
      .swatch {
        width: 2.75rem;
        height: 2.75rem;
        flex: none;
        padding: 0.25rem;
        border: 1px solid var(--_border);
        border-radius: calc(var(--_radius) - 4px);
        background: var(--_surface);
      }
      figure {
        margin: 0;
        display: grid;
        gap: 0.5rem;
      }
      figcaption {
        font-size: 0.875rem;
        font-weight: 600;
      }
      .preview {
        --_accent: var(--preview-accent, #0f766e);
        --_tint: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
        background: var(--_bg);
        padding: 1.25rem;
        border-radius: var(--_radius);
        border: 1px solid var(--_border);
      }
      .preview-card {
        display: grid;
        gap: 0.75rem;
        justify-items: center;
        text-align: center;
        padding: 1.25rem;
        background: var(--_surface);
        border-radius: var(--_radius);
        box-shadow: 0 1px 2px rgb(0 0 0 / 4%), 0 8px 24px rgb(0 0 0 / 6%);
      }
      .preview-mark {
        display: grid;
        place-items: center;
        width: 2.5rem;
        height: 2.5rem;
        border-radius: 12px;
        background: var(--_accent);
        color: var(--_on-accent);
        font-weight: 700;
        font-size: 1.125rem;
      }
      .preview-logo {
        max-height: 40px;
        max-width: 150px;
        object-fit: contain;
      }
      .preview-business {
        font-size: 0.8125rem;
        color: var(--_muted);
      }
      .preview-title {
        font-size: 1.125rem;
        font-weight: 700;
      }
      .preview-text {
        font-size: 0.8125rem;
        color: var(--_muted);
      }
      .preview-input {
        width: 100%;
        height: 2.25rem;
        border: 1px solid var(--_border);
        border-radius: calc(var(--_radius) - 4px);
      }
      .preview-button {
        width: 100%;
        pointer-events: none;
      }
      @container (max-width: 900px) {
        .branding {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    `,
  ];

  @consume({ context: consoleContext, subscribe: true }) @state() private _ctx?: ConsoleContext;

  @property() section: Section = 'branding';

  @state() private _ws?: Workspace;
  @state() private _status: 'loading' | 'ready' | 'error' | 'forbidden' = 'loading';
  @state() private _error = '';
  @state() private _busy = false;
  @state() private _actionError = '';
  @state() private _said = '';
  /** The branding as typed, for the preview. */
  @state() private _draft = { display_name: '', logo_url: '', accent_color: DEFAULT_ACCENT };

  protected override updated(changed: PropertyValues): void {
    if (changed.has('_ctx') && this._ctx && !changed.get('_ctx')) void this.__load();
    const accent = this._draft.accent_color;
    this.renderRoot
      .querySelector<HTMLElement>('.preview')
      ?.style.setProperty('--preview-accent', HEX.test(accent) ? accent : DEFAULT_ACCENT);
  }

  private __use(ws: Workspace): void {
    this._ws = ws;
    const b = ws.branding;
    this._draft = { display_name: b.display_name ?? '', logo_url: b.logo_url ?? '', accent_color: b.accent_color ?? DEFAULT_ACCENT };
  }

  private async __load(): Promise<void> {
    const ctx = this._ctx!;
    this._status = 'loading';
    try {
      this.__use(await ctx.client.workspace.get());
      this._status = 'ready';
    } catch (error) {
      this._error = ctx.report(error);
      this._status = 'error';
    }
  }

  /** Saves `changes`; true when the service took them. */
  private async __save(changes: RequestBody<'updateWorkspace'>, said: string): Promise<boolean> {
    const ctx = this._ctx!;
    this._busy = true;
    this._actionError = '';
    this._said = '';
    try {
      const ws = await ctx.client.workspace.update(changes);
      this.__use(ws);
      ctx.workspaceChanged(ws);
      this._said = said;
      return true;
    } catch (error) {
      if (isForbidden(error)) this._status = 'forbidden';
      this._actionError = ctx.report(error);
      return false;
    } finally {
      this._busy = false;
    }
  }

  private __saveBranding(event: SubmitEvent): void {
    event.preventDefault();
    const s = this._ctx!.strings;
    const d = this._draft;
    if (!HEX.test(d.accent_color)) {
      this._actionError = s.accentInvalid;
      return;
    }
    void this.__save(
      { branding: { display_name: d.display_name.trim() || null, logo_url: d.logo_url.trim() || null, accent_color: d.accent_color } },
      s.saved,
    );
  }

  private __draft(field: keyof FoyerConsoleWorkspaceForm['_draft'], value: string): void {
    this._draft = { ...this._draft, [field]: value };
  }

  private __branding(ws: Workspace) {
    const s = this._ctx!.strings;
    const d = this._draft;
    const business = d.display_name.trim() || ws.name;
    const logo = /^https?:\/\/\S+$/.test(d.logo_url.trim()) ? d.logo_url.trim() : '';
    return html`<div class="branding">
      <form class="form" @submit=${this.__saveBranding}>
        <div class="field">
          <label for="display_name">${s.displayNameLabel}</label>
          <input
            id="display_name"
            class="input"
            maxlength="100"
            placeholder=${ws.name}
            aria-describedby="display-hint"
            .value=${d.display_name}
            @input=${(e: InputEvent) => this.__draft('display_name', (e.target as HTMLInputElement).value)}
          />
          <p class="hint" id="display-hint">${s.displayNameHint(ws.name)}</p>
        </div>
        <div class="field">
          <label for="logo_url">${s.logoLabel}</label>
          <input
            id="logo_url"
            class="input"
            type="url"
            maxlength="2000"
            pattern="https?://.+"
            aria-describedby="logo-hint"
            .value=${d.logo_url}
            @input=${(e: InputEvent) => this.__draft('logo_url', (e.target as HTMLInputElement).value)}
          />
          <p class="hint" id="logo-hint">${s.logoHint}</p>
        </div>
        <div class="field">
          <label for="accent_color">${s.accentLabel}</label>
          <div class="accent">
            <input
              class="swatch"
              type="color"
              aria-label=${s.accentLabel}
              tabindex="-1"
              .value=${HEX.test(d.accent_color) ? d.accent_color.toLowerCase() : DEFAULT_ACCENT}
              @input=${(e: InputEvent) => this.__draft('accent_color', (e.target as HTMLInputElement).value)}
            />
            <input
              id="accent_color"
              class="input"
              maxlength="7"
              aria-describedby="accent-hint"
              .value=${d.accent_color}
              @input=${(e: InputEvent) => this.__draft('accent_color', (e.target as HTMLInputElement).value.trim())}
            />
          </div>
          <p class="hint" id="accent-hint">${s.accentHint}</p>
        </div>
        ${formError(this._actionError)}
        <div class="actions">
          <button class="btn primary" type="submit" ?disabled=${this._busy}>${this._busy ? s.saving : s.save}</button>
          <span class="muted" role="status">${this._said}</span>
        </div>
      </form>
      <figure>
        <figcaption>${s.previewLabel}</figcaption>
        <div class="preview" aria-hidden="true">
          <div class="preview-card">
            ${logo ? html`<img class="preview-logo" src=${logo} alt="" />` : html`<span class="preview-mark">${business.slice(0, 1).toUpperCase()}</span>`}
            <span class="preview-business">${business}</span>
            <span class="preview-title">${s.previewPortal}</span>
            <span class="preview-text">${s.previewIntro}</span>
            <span class="preview-input"></span>
            <span class="btn primary preview-button">${s.previewButton}</span>
          </div>
        </div>
      </figure>
    </div>`;
  }

  /** A list of origins or addresses, each removed at once, and a field to add one. */
  private __list(ws: Workspace, kind: 'origins' | 'notifications') {
    const s = this._ctx!.strings;
    const origins = kind === 'origins';
    const items = origins ? ws.allowed_origins : ws.notify_emails;
    const write = (next: string[]) => (origins ? { allowed_origins: next } : { notify_emails: next });
    const add = async (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      let value = formText(form, 'value');
      if (origins) {
        value = trimTrailingSlashes(value);
        if (!ORIGIN.test(value)) {
          this._actionError = s.originInvalid;
          return;
        }
      }
      if (items.includes(value) || (await this.__save(write([...items, value]), s.saved))) form.reset();
    };
    return html`<div class="form">
      ${
        items.length
          ? html`<ul class="list card" aria-label=${origins ? s.tabOrigins : s.tabNotifications}>
            ${items.map(
              (item) => html`<li>
                <span class="grow title">${item}</span>
                <button
                  class="btn danger small"
                  type="button"
                  aria-label=${s.removeNamed(item)}
                  ?disabled=${this._busy}
                  @click=${() => this.__save(write(items.filter((x) => x !== item)), s.saved)}
                >
                  ${s.remove}
                </button>
              </li>`,
            )}
          </ul>`
          : emptyState('', origins ? s.noOrigins : s.noNotifyEmails)
      }
      <form class="inline-form" @submit=${add}>
        <div class="field">
          <label for="value">${origins ? s.originLabel : s.notifyLabel}</label>
          <input
            id="value"
            name="value"
            class="input"
            required
            type=${origins ? 'url' : 'email'}
            maxlength=${origins ? 300 : 254}
            placeholder=${origins ? 'https://www.example.com' : 'office@example.com'}
          />
        </div>
        <button class="btn secondary" type="submit" ?disabled=${this._busy}>${s.add}</button>
      </form>
      ${formError(this._actionError)}
      <p class="muted" role="status">${this._said}</p>
    </div>`;
  }

  override render() {
    const ctx = this._ctx;
    if (!ctx) return nothing;
    const s = ctx.strings;
    const section = this.section;
    const title = section === 'branding' ? s.tabBranding : section === 'origins' ? s.tabOrigins : s.tabNotifications;
    const intro = section === 'branding' ? s.brandingIntro : section === 'origins' ? s.originsIntro : s.notifyIntro;
    const what = section === 'branding' ? s.ownerBranding : section === 'origins' ? s.ownerOrigins : s.ownerNotify;
    let body;
    if (this._status === 'loading') body = loadingState(s);
    else if (this._status === 'error') body = failedState(this._error, s, () => this.__load());
    else if (this._status === 'forbidden') body = forbiddenState(s, what);
    else body = section === 'branding' ? this.__branding(this._ws!) : this.__list(this._ws!, section);
    return html`<div class="page">
      <h2>${title}</h2>
      <p class="intro muted">${intro}</p>
      ${body}
    </div>`;
  }
}
