import { LitElement, html } from 'lit';
import { property, queryAll } from 'lit/decorators.js';
import { base } from '../../themes/base.styles.ts';
import { styles } from './code-input.styles.ts';

const LENGTH = 6;

/**
 * @tag foyer-code-input
 * @summary Six boxes for a one-time code: typing moves on, Backspace moves back, pasting fills them all,
 * and the sixth digit completes the code.
 *
 * @event foyer-code-complete - The six digits are in; `detail.code` is the code.
 *
 * @csspart base - The row of boxes.
 * @csspart digit - Each box.
 */
export class FoyerCodeInput extends LitElement {
  static override styles = [base, styles];

  /** The accessible label of the group. */
  @property() label = 'Code';
  /** Each box's accessible label, from its position (1–6). */
  @property({ attribute: false }) digitLabel = (n: number): string => `Digit ${n} of 6`;
  @property({ type: Boolean }) disabled = false;
  @property({ type: Boolean }) invalid = false;

  @queryAll('input') private _inputs!: NodeListOf<HTMLInputElement>;

  /** The digits typed so far. */
  get value(): string {
    return Array.from(this._inputs ?? [], (input) => input.value).join('');
  }

  /** Empties the boxes and focuses the first. */
  clear(): void {
    this._inputs.forEach((input) => (input.value = ''));
    this.focus();
  }

  override focus(): void {
    const first = Array.from(this._inputs).find((input) => !input.value) ?? this._inputs[0];
    first?.focus();
  }

  private __fill(from: number, digits: string): void {
    const inputs = this._inputs;
    let at = from;
    for (const digit of digits) {
      const input = inputs[at];
      if (!input) break;
      input.value = digit;
      at++;
    }
    (inputs[Math.min(at, LENGTH - 1)] ?? inputs[0])?.focus();
    const code = this.value;
    if (code.length === LENGTH && /^\d+$/.test(code)) {
      this.dispatchEvent(new CustomEvent('foyer-code-complete', { detail: { code }, bubbles: true, composed: true }));
    }
  }

  private __onInput(event: InputEvent, index: number): void {
    const input = event.target as HTMLInputElement;
    const digits = input.value.replace(/\D/g, '');
    input.value = '';
    if (digits) this.__fill(index, digits);
  }

  private __onKeyDown(event: KeyboardEvent, index: number): void {
    const inputs = this._inputs;
    const input = inputs[index];
    if (event.key === 'Backspace' && input && !input.value && index > 0) {
      event.preventDefault();
      const previous = inputs[index - 1];
      if (previous) {
        previous.value = '';
        previous.focus();
      }
    } else if (event.key === 'ArrowLeft' && index > 0) {
      inputs[index - 1]?.focus();
    } else if (event.key === 'ArrowRight' && index < LENGTH - 1) {
      inputs[index + 1]?.focus();
    }
  }

  private __onPaste(event: ClipboardEvent, index: number): void {
    const digits = (event.clipboardData?.getData('text') ?? '').replace(/\D/g, '').slice(0, LENGTH);
    if (!digits) return;
    event.preventDefault();
    this.__fill(digits.length === LENGTH ? 0 : index, digits);
  }

  override render() {
    return html`<div part="base" class="boxes" role="group" aria-label=${this.label}>
      ${Array.from(
        { length: LENGTH },
        (_, i) =>
          html`<input
            part="digit"
            class="digit"
            inputmode="numeric"
            pattern="[0-9]*"
            maxlength=${i === 0 ? LENGTH : 1}
            autocomplete=${i === 0 ? 'one-time-code' : 'off'}
            aria-label=${this.digitLabel(i + 1)}
            aria-invalid=${this.invalid ? 'true' : 'false'}
            ?disabled=${this.disabled}
            @input=${(e: InputEvent) => this.__onInput(e, i)}
            @keydown=${(e: KeyboardEvent) => this.__onKeyDown(e, i)}
            @paste=${(e: ClipboardEvent) => this.__onPaste(e, i)}
            @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
          />`,
      )}
    </div>`;
  }
}
