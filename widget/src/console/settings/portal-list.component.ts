import { consume } from '@lit/context';
import type { Portal } from '@foyer/sdk';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { base } from '../../themes/base.styles.ts';
import { consoleContext, type ConsoleContext } from '../shared/context.ts';
import { consoleBase } from '../shared/console.styles.ts';
import { emptyState, failedState, loadingState } from '../shared/states.ts';

const PAGE = 20;

/**
 * `<foyer-console-portal-list .row=${(portal) => …}>`: the workspace's portals, newest first, 20 at a time with
 * "Load more"; each row shows the portal's name and what `row` renders for it (e.g. a mute switch, an embed
 * code). Used by the settings' Embed and Your account tabs.
 */
export class FoyerConsolePortalList extends LitElement {
  static override styles = [base, consoleBase];

  @consume({ context: consoleContext, subscribe: true }) @state() private _ctx?: ConsoleContext;

  /** What each row shows beside the portal's name. */
  @property({ attribute: false }) row: (portal: Portal) => TemplateResult | typeof nothing = () => nothing;
  /** The list's accessible name. */
  @property() label = '';

  @state() private _portals: Portal[] = [];
  @state() private _cursor: string | null = null;
  @state() private _status: 'loading' | 'ready' | 'error' | 'more' = 'loading';
  @state() private _error = '';

  protected override updated(changed: PropertyValues): void {
    if (changed.has('_ctx') && this._ctx && !changed.get('_ctx')) void this.__load(false);
  }

  private async __load(more: boolean): Promise<void> {
    const ctx = this._ctx!;
    this._status = more ? 'more' : 'loading';
    try {
      const page = await ctx.client.portals.list({ limit: PAGE, ...(more && this._cursor ? { cursor: this._cursor } : {}) }).page();
      this._portals = more ? [...this._portals, ...page.data] : page.data;
      this._cursor = page.has_more ? page.next_cursor : null;
      this._status = 'ready';
    } catch (error) {
      this._error = ctx.report(error);
      this._status = 'error';
    }
  }

  override render() {
    const ctx = this._ctx;
    if (!ctx) return nothing;
    const s = ctx.strings;
    if (this._status === 'loading') return loadingState(s);
    if (this._status === 'error' && !this._portals.length) return failedState(this._error, s, () => this.__load(false));
    if (!this._portals.length) return emptyState('', s.embedNoPortals);
    return html`<ul class="list card" aria-label=${this.label}>
        ${this._portals.map(
          (portal) => html`<li>
            <div class="grow">
              <p class="title">${portal.name}</p>
              ${portal.client_name ? html`<p class="meta">${portal.client_name}</p>` : nothing}
            </div>
            ${this.row(portal)}
          </li>`,
        )}
      </ul>
      ${this._status === 'error' ? failedState(this._error, s, () => this.__load(true)) : nothing}
      ${
        this._cursor
          ? html`<p><button class="btn secondary" type="button" ?disabled=${this._status === 'more'} @click=${() => void this.__load(true)}>${s.loadMore}</button></p>`
          : nothing
      }`;
  }
}
