import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { base } from '../../themes/base.styles.ts';
import { portalStrings, type ConsolePortalStrings } from './strings.ts';
import { styles } from './copy-button.styles.ts';

/**
 * @tag foyer-console-portal-copy
 * @summary A "Copy" button for one value (a link, a hash, a record), which says "Copied" for a moment —
 * to screen readers too. Falls back to a selected text area when the Clipboard API is refused.
 *
 * @csspart button - The button.
 */
export class FoyerConsolePortalCopy extends LitElement {
  static override styles = [base, styles];

  /** What to copy. */
  @property() value = '';
  /** The button's accessible name, e.g. "Copy SHA-256" (its text stays "Copy"). */
  @property() label = '';
  @property({ attribute: false }) strings: ConsolePortalStrings = portalStrings;

  @state() private _status = '';
  private __timer?: ReturnType<typeof setTimeout>;

  private async __copy(): Promise<void> {
    const s = this.strings;
    let ok = false;
    try {
      await navigator.clipboard.writeText(this.value);
      ok = true;
    } catch {
      ok = this.__fallback();
    }
    this._status = ok ? s.copied : s.copyFailed;
    clearTimeout(this.__timer);
    this.__timer = setTimeout(() => (this._status = ''), 3000);
  }

  // The Clipboard API needs focus and permission; the old command works from a click on any page.
  private __fallback(): boolean {
    const area = document.createElement('textarea');
    area.value = this.value;
    area.setAttribute('readonly', '');
    area.className = 'sr-only';
    this.renderRoot.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.__timer);
  }

  override render() {
    const s = this.strings;
    return html`<button part="button" class="btn secondary" type="button" aria-label=${this.label || s.copy} @click=${this.__copy}>
        ${s.copy}
      </button>
      <span class="status muted" role="status">${this._status}</span>`;
  }
}
