import { consume } from '@lit/context';
import type { Schema } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import './request-item.ts';
import { portalContext, type PortalContext } from '../../internal/context.ts';
import { formatDate } from '../../internal/format.ts';
import { icons } from '../../internal/icons.ts';
import { base } from '../../themes/base.styles.ts';
import { styles } from './request.styles.ts';

/**
 * @tag foyer-request
 * @summary One open document request as a checklist: its title, the business's message, the due date (overdue
 * said plainly), the progress ("4 of 6 done", with a bar, announced as it changes) and its items
 * (`<foyer-request-item>`). An item's change answered by the service shows at once.
 *
 * @csspart base - The card.
 * @csspart header - Title, due date and progress.
 * @csspart item - One item (`<foyer-request-item>`).
 */
export class FoyerRequest extends LitElement {
  static override styles = [base, styles];

  @consume({ context: portalContext, subscribe: true }) @state() private _ctx?: PortalContext;

  /** The request, with its items and their files. Replaced by the service's answer when an item changes. */
  @property({ attribute: false }) request?: Schema<'DocumentRequest'>;

  override render() {
    const ctx = this._ctx;
    const r = this.request;
    if (!ctx || !r) return nothing;
    const s = ctx.strings;
    const due = r.due_at ? formatDate(r.due_at, ctx.locale) : '';
    return html`<article part="base" class="card request" aria-labelledby="title">
      <header part="header" class="head">
        <div class="titles">
          <h3 id="title" dir="auto">${r.title}</h3>
          ${due ? html`<p class="due ${r.overdue ? 'overdue' : ''}">${r.overdue ? icons.alert() : icons.clock()} ${r.overdue ? s.overdue(due) : s.dueBy(due)}</p>` : nothing}
        </div>
        <div class="progress">
          <span class="count" role="status">${s.requestProgress(r.progress.done, r.progress.total)}</span>
          <progress class="bar" max=${r.progress.total || 1} .value=${r.progress.done} aria-label=${s.progressOf(r.title)}></progress>
        </div>
      </header>
      ${r.message ? html`<p class="message" dir="auto">${r.message}</p>` : nothing}
      <ul class="items" @request-changed=${(e: CustomEvent<Schema<'DocumentRequest'>>) => (this.request = e.detail)}>
        ${r.items.map((item) => keyed(item.id, html`<li><foyer-request-item part="item" .item=${item}></foyer-request-item></li>`))}
      </ul>
    </article>`;
  }
}
