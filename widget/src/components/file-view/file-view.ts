import { FoyerFileView } from './file-view.component.ts';

export { FoyerFileView };

if (!customElements.get('foyer-file-view')) customElements.define('foyer-file-view', FoyerFileView);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-file-view': FoyerFileView;
  }
}
