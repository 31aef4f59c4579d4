import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { Schema } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import './request.ts';
import { portalContext, type PortalContext } from '../../internal/context.ts';
import { icons } from '../../internal/icons.ts';
import { loadFailed } from '../../internal/load-failed.ts';
import { reported } from '../../internal/reported.ts';
import { base } from '../../themes/base.styles.ts';
import { styles } from './requests.styles.ts';

/**
 * @tag foyer-requests
 * @summary What the business asks the client for, shown above the files: each open document request as a
 * checklist (`<foyer-request>`), then the recently completed ones, one line each ("2026 tax documents —
 * complete"). Nothing at all when the portal has none. It reloads with the portal (after an upload, on focus,
 * every 30 s), showing what it has until the new answer arrives.
 *
 * @csspart base - The section.
 * @csspart request - One open request (`<foyer-request>`).
 * @csspart complete - The list of completed requests.
 */
export class FoyerRequests extends LitElement {
  static override styles = [base, styles];

  @consume({ context: portalContext, subscribe: true }) @state() private _ctx?: PortalContext;

  // Every open request (a portal has a handful: one page of 100), and the five last completed.
  private readonly __requests = new Task(this, {
    task: async ([ctx], { signal }): Promise<Schema<'DocumentRequest'>[] | undefined> => {
      if (!ctx?.member) return undefined;
      const list = (status: 'open' | 'complete', limit: number) =>
        ctx.foyer.requests
          .list(ctx.portalId, { status, limit }, { signal })
          .page()
          .then((page) => page.data);
      const [open, complete] = await Promise.all([list('open', 100), list('complete', 5)]).catch(reported(ctx, signal));
      return [...open, ...complete];
    },
    args: () => [this._ctx] as const,
  });

  override render() {
    const ctx = this._ctx;
    const requests = this.__requests.value;
    if (!ctx) return nothing;
    const s = ctx.strings;
    if (!requests) {
      if (this.__requests.status === TaskStatus.ERROR) return loadFailed(s, () => this.__requests.run());
      // While loading, a placeholder only where the portal says requests are waiting: no jump for the others.
      const waiting = ctx.portal?.requests;
      return waiting?.open_items || waiting?.submitted_items
        ? html`<div class="skeleton placeholder" aria-busy="true" aria-label=${s.loading}></div>`
        : nothing;
    }
    if (!requests.length) return nothing;
    const complete = requests.filter((r) => r.status === 'complete');
    return html`<section part="base" class="requests" aria-labelledby="requests-title">
      <h2 id="requests-title">${s.requestsTitle(ctx.business)}</h2>
      ${requests.map((r) => (r.status === 'open' ? keyed(r.id, html`<foyer-request part="request" .request=${r}></foyer-request>`) : nothing))}
      ${
        complete.length
          ? html`<ul part="complete" class="complete">
              ${complete.map((r) => html`<li>${icons.check()}<span>${s.requestComplete(r.title)}</span></li>`)}
            </ul>`
          : nothing
      }
    </section>`;
  }
}
