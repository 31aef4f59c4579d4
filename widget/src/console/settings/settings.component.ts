import { consume } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { base } from '../../themes/base.styles.ts';
import { consoleContext, type ConsoleContext } from '../shared/context.ts';
import { consoleBase } from '../shared/console.styles.ts';
import { linkClick } from '../shared/events.ts';
import { forbiddenState } from '../shared/states.ts';
import type { ConsoleStrings } from '../shared/strings.ts';
import './account.ts';
import './api-keys.ts';
import '../shared/export.ts';
import './embed.ts';
import './users.ts';
import './webhooks.ts';
import './workspace-form.ts';

interface Tab {
  id: string;
  label: (s: ConsoleStrings) => string;
  /** Only owners manage it: what a staff user is told they cannot do. */
  owner?: (s: ConsoleStrings) => string;
}

const TABS: Tab[] = [
  { id: 'branding', label: (s) => s.tabBranding, owner: (s) => s.ownerBranding },
  { id: 'origins', label: (s) => s.tabOrigins, owner: (s) => s.ownerOrigins },
  { id: 'notifications', label: (s) => s.tabNotifications, owner: (s) => s.ownerNotify },
  { id: 'users', label: (s) => s.tabUsers, owner: (s) => s.ownerUsers },
  { id: 'api-keys', label: (s) => s.tabApiKeys, owner: (s) => s.ownerKeys },
  { id: 'webhooks', label: (s) => s.tabWebhooks, owner: (s) => s.ownerWebhooks },
  { id: 'export', label: (s) => s.exportTitle, owner: (s) => s.ownerExport },
  { id: 'embed', label: (s) => s.tabEmbed },
  { id: 'account', label: (s) => s.tabAccount },
];

/**
 * @tag foyer-console-settings
 * @summary The workspace's settings (`/console/settings/{tab}`): branding with a live preview, allowed websites,
 * notification emails, users and roles, API keys, webhooks with their deliveries, the export of the whole
 * workspace (`<foyer-console-export>`), the embed code of each portal,
 * and the user's own account (notifications, devices, sign out). A `staff` user sees only Embed and Your
 * account; an owner's tab opened by address says that only an owner can do that.
 *
 * @csspart nav - The list of sections.
 */
export class FoyerConsoleSettings extends LitElement {
  static override styles = [
    base,
    consoleBase,
    css`
      .layout {
        display: grid;
        grid-template-columns: 13rem minmax(0, 1fr);
        gap: 1.5rem;
        align-items: start;
      }
      .tabs {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.125rem;
      }
      .tabs a {
        display: block;
        padding: 0.5rem 0.75rem;
        border-radius: calc(var(--_radius) - 4px);
        color: var(--_muted);
        font-weight: 600;
        text-decoration: none;
      }
      .tabs a:hover {
        color: var(--_fg);
        background: color-mix(in srgb, var(--_fg) 5%, transparent);
      }
      .tabs a[aria-current='page'] {
        color: var(--_link);
        background: var(--_tint);
      }
      @container (max-width: 760px) {
        .layout {
          grid-template-columns: minmax(0, 1fr);
        }
        .tabs {
          display: flex;
          flex-wrap: wrap;
          gap: 0.25rem;
        }
        .tabs a {
          border: 1px solid var(--_border);
          border-radius: 999px;
          padding: 0.25rem 0.75rem;
          font-size: 0.875rem;
        }
      }
    `,
  ];

  @consume({ context: consoleContext, subscribe: true }) @state() private _ctx?: ConsoleContext;

  /** The section, from the path (`branding`, `users`, `account`, …); empty for the first one. */
  @property() tab = '';

  private __content(tab: Tab) {
    const ctx = this._ctx!;
    if (tab.owner && !ctx.isOwner) return forbiddenState(ctx.strings, tab.owner(ctx.strings));
    switch (tab.id) {
      case 'branding':
      case 'origins':
      case 'notifications':
        return html`<foyer-console-workspace-form section=${tab.id}></foyer-console-workspace-form>`;
      case 'users':
        return html`<foyer-console-users></foyer-console-users>`;
      case 'api-keys':
        return html`<foyer-console-api-keys></foyer-console-api-keys>`;
      case 'webhooks':
        return html`<foyer-console-webhooks></foyer-console-webhooks>`;
      case 'embed':
        return html`<foyer-console-embed></foyer-console-embed>`;
      case 'export':
        return html`<foyer-console-export .client=${ctx.client} .strings=${ctx.strings} .locale=${ctx.locale}></foyer-console-export>`;
      default:
        return html`<foyer-console-account></foyer-console-account>`;
    }
  }

  override render() {
    const ctx = this._ctx;
    if (!ctx) return nothing;
    const s = ctx.strings;
    const visible = TABS.filter((t) => !t.owner || ctx.isOwner);
    const current = TABS.find((t) => t.id === this.tab) ?? visible[0]!;
    return html`<div class="page">
      <div class="page-head"><h1>${s.settingsTitle}</h1></div>
      <div class="layout">
        <nav part="nav" aria-label=${s.settingsNav}>
          <ul class="tabs">
            ${visible.map(
              (t) =>
                html`<li>
                  <a href=${`/console/settings/${t.id}`} aria-current=${t === current ? 'page' : 'false'} @click=${linkClick}>${t.label(s)}</a>
                </li>`,
            )}
          </ul>
        </nav>
        <section class="section" aria-label=${current.label(s)}>${this.__content(current)}</section>
      </div>
    </div>`;
  }
}
