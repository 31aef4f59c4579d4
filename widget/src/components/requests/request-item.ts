import { FoyerRequestItem } from './request-item.component.ts';

export { FoyerRequestItem };

if (!customElements.get('foyer-request-item')) customElements.define('foyer-request-item', FoyerRequestItem);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-request-item': FoyerRequestItem;
  }
}
