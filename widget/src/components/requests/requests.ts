import { FoyerRequests } from './requests.component.ts';

export { FoyerRequests };

if (!customElements.get('foyer-requests')) customElements.define('foyer-requests', FoyerRequests);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-requests': FoyerRequests;
  }
}
