import { FoyerConsole } from './console.component.ts';

export { FoyerConsole };

if (!customElements.get('foyer-console')) customElements.define('foyer-console', FoyerConsole);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-console': FoyerConsole;
  }
}
