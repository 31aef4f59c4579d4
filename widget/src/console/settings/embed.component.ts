import { consume } from '@lit/context';
import type { Portal, WidgetBuild } from '@foyer/sdk';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { base } from '../../themes/base.styles.ts';
import '../shared/copy-button.ts';
import { consoleContext, type ConsoleContext } from '../shared/context.ts';
import { consoleBase } from '../shared/console.styles.ts';
import { failedState, loadingState } from '../shared/states.ts';
import './portal-list.ts';

/** The HTML that puts one portal on a page: the pinned widget build with its integrity, then the element. */
export function embedSnippet(build: WidgetBuild, portalId: string): string {
  return (
    `<script type="module" src="${build.script_url}" integrity="${build.integrity}" crossorigin="anonymous"></script>\n` +
    `<foyer-portal portal="${portalId}" api="${build.api_base}"></foyer-portal>`
  );
}

/**
 * `<foyer-console-embed>`: each portal's embed code — the current widget build's versioned URL with its
 * Subresource Integrity hash (`GET /v1/widget`) and `<foyer-portal portal api>` — with a copy button.
 * `?portal=prt_…` in the address opens that portal's code.
 */
export class FoyerConsoleEmbed extends LitElement {
  static override styles = [base, consoleBase];

  @consume({ context: consoleContext, subscribe: true }) @state() private _ctx?: ConsoleContext;

  @state() private _build?: WidgetBuild;
  @state() private _status: 'loading' | 'ready' | 'error' = 'loading';
  @state() private _error = '';
  @state() private _open = new URLSearchParams(location.search).get('portal') ?? '';

  protected override updated(changed: PropertyValues): void {
    if (changed.has('_ctx') && this._ctx && !changed.get('_ctx')) void this.__load();
  }

  private async __load(): Promise<void> {
    const ctx = this._ctx!;
    this._status = 'loading';
    try {
      this._build = await ctx.client.widget.build();
      this._status = 'ready';
    } catch (error) {
      this._error = ctx.report(error);
      this._status = 'error';
    }
  }

  private __row(portal: Portal) {
    const s = this._ctx!.strings;
    const open = this._open === portal.id;
    const snippet = embedSnippet(this._build!, portal.id);
    return html`<button
        class="btn secondary small"
        type="button"
        aria-label=${s.embedSnippetLabel(portal.name)}
        aria-expanded=${open ? 'true' : 'false'}
        @click=${() => (this._open = open ? '' : portal.id)}>
        ${s.embedCode}
      </button>
      ${
        open
          ? html`<div class="full actions">
            <pre class="code full" aria-label=${s.embedSnippetLabel(portal.name)} tabindex="0">${snippet}</pre>
            <foyer-console-copy .value=${snippet} label=${s.copyNamed(s.theSnippet)}></foyer-console-copy>
          </div>`
          : nothing
      }`;
  }

  override render() {
    const ctx = this._ctx;
    if (!ctx) return nothing;
    const s = ctx.strings;
    let body;
    if (this._status === 'loading') body = loadingState(s);
    else if (this._status === 'error') body = failedState(this._error, s, () => this.__load());
    else
      body = html`<foyer-console-portal-list label=${s.portals} .row=${(portal: Portal) => this.__row(portal)}></foyer-console-portal-list>`;
    return html`<div class="page">
      <h2>${s.tabEmbed}</h2>
      <p class="intro muted">${s.embedIntro} ${ctx.isOwner ? s.embedOrigins : nothing}</p>
      ${body}
    </div>`;
  }
}
