import { consume } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { icons } from '../../internal/icons.ts';
import { base } from '../../themes/base.styles.ts';
import { consoleContext, type ConsoleContext } from './context.ts';
import { consoleEn } from './strings.ts';

/**
 * `<foyer-console-copy value="…" label="Copy the API key">`: a button that copies `value` to the clipboard and
 * says so in a live region. Where the Clipboard API is missing (a page over plain http), it copies through a
 * selected, hidden text field; when even that fails it says to copy by hand.
 */
export class FoyerConsoleCopy extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: inline-flex;
        align-items: center;
        gap: 0.5rem;
        flex-wrap: wrap;
      }
      .said {
        font-size: 0.875rem;
      }
      textarea {
        position: fixed;
        opacity: 0;
        inset-inline-start: -9999px;
      }
    `,
  ];

  @consume({ context: consoleContext, subscribe: true }) @state() private _ctx?: ConsoleContext;

  /** The text to copy. */
  @property() value = '';
  /** The button's accessible name, e.g. "Copy the API key". */
  @property() label = '';
  @state() private _said = '';

  private async __copy(): Promise<void> {
    const s = this._ctx?.strings ?? consoleEn;
    let ok = false;
    try {
      await navigator.clipboard.writeText(this.value);
      ok = true;
    } catch {
      const area = document.createElement('textarea');
      area.value = this.value;
      area.setAttribute('aria-hidden', 'true');
      this.renderRoot.append(area);
      area.select();
      ok = document.execCommand('copy');
      area.remove();
    }
    this._said = ok ? s.copied : s.copyFailed;
  }

  override render() {
    const s = this._ctx?.strings ?? consoleEn;
    return html`<button class="btn secondary" type="button" aria-label=${this.label || s.copy} @click=${() => void this.__copy()}>
        ${icons.file()}<span aria-hidden="true">${s.copy}</span></button
      ><span class="said muted" role="status">${this._said}</span>`;
  }
}
