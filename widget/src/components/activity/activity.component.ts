import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { listEvents, type ActivityEvent } from '../../internal/collaboration.ts';
import { portalContext, type PortalContext } from '../../internal/context.ts';
import { reported } from '../../internal/reported.ts';
import { formatRelative, formatDateTime } from '../../internal/format.ts';
import { icons } from '../../internal/icons.ts';
import { base } from '../../themes/base.styles.ts';
import { styles } from './activity.styles.ts';

/**
 * @tag foyer-activity
 * @summary The portal's recent activity in plain language ("You uploaded statement.pdf", "Acme asked for
 * approval of return.pdf"), newest first.
 *
 * @csspart base - The activity card.
 * @csspart event - One event.
 */
export class FoyerActivity extends LitElement {
  static override styles = [base, styles];

  @consume({ context: portalContext, subscribe: true }) @state() private _ctx?: PortalContext;

  // Events name files by id: the portal's files give the names.
  private __names = new Map<string, string>();

  private readonly __events = new Task(this, {
    task: async ([ctx], { signal }) => {
      if (!ctx?.member) return undefined;
      const [events, files] = await Promise.all([
        listEvents(ctx, signal),
        ctx.foyer.files.list(ctx.portalId, { limit: 100 }, { signal }).page(),
      ]).catch(reported(ctx, signal));
      this.__names = new Map(files.data.map((f) => [f.id, f.name]));
      return events;
    },
    args: () => [this._ctx] as const,
  });

  private __sentence(event: ActivityEvent): string {
    const ctx = this._ctx!;
    const s = ctx.strings;
    const data = event.data as { name?: unknown; file_id?: unknown; member_name?: unknown; email?: unknown };
    let actor: string;
    const self = event.actor.kind === 'member' && event.actor.id === ctx.member?.id;
    if (event.actor.kind === 'owner') actor = ctx.business;
    else if (self) actor = s.youSubject;
    else actor = typeof data.member_name === 'string' ? data.member_name : typeof data.email === 'string' ? data.email : s.someone;
    const fileId = typeof data.file_id === 'string' ? data.file_id : event.target?.type === 'file' ? event.target.id : undefined;
    const target = (fileId && this.__names.get(fileId)) || (typeof data.name === 'string' ? data.name : '');
    return s.event(actor, event.type, target, self);
  }

  override render() {
    const ctx = this._ctx;
    if (!ctx) return nothing;
    const s = ctx.strings;
    const events = this.__events.value;
    let body;
    if (events) {
      body = events.length
        ? html`<ol class="events">
            ${events.map(
              (event) => html`<li part="event" class="event">
                <span class="dot ${event.type.split('.')[0]}" aria-hidden="true"></span>
                <p>${this.__sentence(event)}</p>
                <time class="muted" datetime=${event.created_at} title=${formatDateTime(event.created_at, ctx.locale)}>${formatRelative(event.created_at, ctx.locale)}</time>
              </li>`,
            )}
          </ol>`
        : html`<p class="muted">${s.noActivity}</p>`;
    } else if (this.__events.status === TaskStatus.ERROR) {
      body = html`<p class="alert" role="alert">${icons.alert()}<span>${s.loadFailed}</span></p>`;
    } else {
      body = html`<span class="skeleton line"></span><span class="skeleton line"></span><span class="sr-only" role="status">${s.loading}</span>`;
    }
    return html`<section part="base" class="card panel" aria-labelledby="activity-title">
      <h2 id="activity-title">${s.activityTitle}</h2>
      ${body}
    </section>`;
  }
}
