import { FoyerPortal } from './portal.component.ts';

export { FoyerPortal };

if (!customElements.get('foyer-portal')) customElements.define('foyer-portal', FoyerPortal);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-portal': FoyerPortal;
  }
}
