import { FoyerCodeInput } from './code-input.component.ts';

export { FoyerCodeInput };

if (!customElements.get('foyer-code-input')) customElements.define('foyer-code-input', FoyerCodeInput);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-code-input': FoyerCodeInput;
  }
}
