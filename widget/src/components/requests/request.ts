import { FoyerRequest } from './request.component.ts';

export { FoyerRequest };

if (!customElements.get('foyer-request')) customElements.define('foyer-request', FoyerRequest);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-request': FoyerRequest;
  }
}
