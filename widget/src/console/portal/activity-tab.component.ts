import { Task } from '@lit/task';
import type { Schema } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatDateTime, formatRelative } from '../../internal/format.ts';
import { base } from '../../themes/base.styles.ts';
import { actorName, firstItems, type PortalPage } from './page.ts';
import { empty, taskView } from './states.ts';
import { tabStyles } from './tab.styles.ts';
import { styles } from './activity-tab.styles.ts';

type ActivityEvent = Schema<'Event'>;
const PAGE = 25;

/**
 * @tag foyer-console-portal-activity
 * @summary The Activity tab: the portal's events as sentences ("Dana Whitfield approved return.pdf"),
 * newest first, filterable by kind and by person, with "Load more" (kept across refreshes).
 */
export class FoyerConsolePortalActivity extends LitElement {
  static override styles = [base, tabStyles, styles];

  @property({ attribute: false }) page?: PortalPage;

  @state() private _type = '';
  @state() private _actor = '';
  @state() private _shown = PAGE;

  private readonly __events = new Task(this, {
    task: async ([page, type, actor, shown], { signal }) => {
      if (!page) return undefined;
      const { client, portal } = page;
      const query = { limit: PAGE, ...(type ? { type } : {}), ...(actor ? { actor } : {}) };
      const [events, members, files] = await Promise.all([
        firstItems(client.events.listPortal(portal.id, query, { signal }).pages(), shown),
        client.members.list(portal.id, { limit: 100 }, { signal }).toArray({ limit: 1000 }),
        client.files.list(portal.id, { limit: 100 }, { signal }).toArray({ limit: 1000 }),
      ]);
      const names = new Map<string, string>([
        ...members.map((m): [string, string] => [m.id, m.name ?? m.email]),
        ...files.map((f): [string, string] => [f.id, f.name]),
      ]);
      return { ...events, members, names };
    },
    args: () => [this.page, this._type, this._actor, this._shown] as const,
  });

  /** A readable sentence: who, what, on what. Unknown kinds read as their words ("webhook endpoint created"). */
  private __sentence(page: PortalPage, event: ActivityEvent, names: Map<string, string>): string {
    const s = page.strings;
    const data = event.data as Record<string, unknown>;
    const text = (key: string) => (typeof data[key] === 'string' ? data[key] : undefined);
    const target = event.target;
    const targetName =
      (target && (target.type === 'file' || target.type === 'member') && names.get(target.id)) ||
      (text('file_id') && names.get(text('file_id')!)) ||
      (text('member_id') && names.get(text('member_id')!)) ||
      text('name') ||
      text('title') ||
      text('to') ||
      text('email') ||
      '';
    const type = event.type === 'session.created' && data.method === 'embed' ? 'session.created.embed' : event.type;
    const verb = s.eventTypes[type] ?? event.type.replace(/[._]/g, ' ');
    const actor = actorName(page, event.actor, names);
    // A member's own sign-in names the member twice ("dana signed in dana"): say it once.
    return s.event(actor, verb, target?.type === 'portal' || targetName === actor ? '' : targetName);
  }

  private __filters(page: PortalPage, members: Schema<'Member'>[]) {
    const s = page.strings;
    const me = page.me?.user;
    return html`<div class="filters">
      <div class="field">
        <label for="type">${s.filterType}</label>
        <select id="type" class="input" @change=${(e: InputEvent & { target: HTMLSelectElement }) => ((this._type = e.target.value), (this._shown = PAGE))}>
          <option value="" ?selected=${!this._type}>${s.anything}</option>
          ${Object.entries(s.filterTypes).map(([type, label]) => html`<option value=${type} ?selected=${this._type === type}>${label}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="actor">${s.filterActor}</label>
        <select id="actor" class="input" @change=${(e: InputEvent & { target: HTMLSelectElement }) => ((this._actor = e.target.value), (this._shown = PAGE))}>
          <option value="" ?selected=${!this._actor}>${s.anyone}</option>
          ${me ? html`<option value=${me.id} ?selected=${this._actor === me.id}>${s.you}</option>` : nothing}
          ${members.map((m) => html`<option value=${m.id} ?selected=${this._actor === m.id}>${m.name ?? m.email}</option>`)}
        </select>
      </div>
    </div>`;
  }

  override render() {
    const page = this.page;
    if (!page) return nothing;
    const s = page.strings;
    const filtered = Boolean(this._type || this._actor);
    return html`<section>
      <h2>${s.activityTitle}</h2>
      ${taskView(this.__events, s, (data) => {
        if (!data) return nothing;
        const list = data.items.length
          ? html`<ol class="list">
                ${data.items.map(
                  (event) => html`<li class="card item event">
                    <p class="grow">${this.__sentence(page, event, data.names)}</p>
                    <time class="muted" datetime=${event.created_at} title=${formatDateTime(event.created_at, page.locale)}>
                      ${formatRelative(event.created_at, page.locale)}
                    </time>
                  </li>`,
                )}
              </ol>
              ${data.more ? html`<button class="btn secondary" type="button" @click=${() => (this._shown += PAGE)}>${s.loadMore}</button>` : nothing}`
          : filtered
            ? html`<p class="muted">${s.noMatches}</p>`
            : empty(s.noActivityTitle, s.noActivity);
        return html`${data.items.length || filtered ? this.__filters(page, data.members) : nothing} ${list}`;
      })}
    </section>`;
  }
}
