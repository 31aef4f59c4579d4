import { FoyerComments } from './comments.component.ts';

export { FoyerComments };

if (!customElements.get('foyer-comments')) customElements.define('foyer-comments', FoyerComments);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-comments': FoyerComments;
  }
}
