import { FoyerFileList } from './file-list.component.ts';

export { FoyerFileList };

if (!customElements.get('foyer-file-list')) customElements.define('foyer-file-list', FoyerFileList);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-file-list': FoyerFileList;
  }
}
