import { FoyerConsoleNewPortal } from './new-portal.component.ts';

export { FoyerConsoleNewPortal };

if (!customElements.get('foyer-console-new-portal')) customElements.define('foyer-console-new-portal', FoyerConsoleNewPortal);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-console-new-portal': FoyerConsoleNewPortal;
  }
}
