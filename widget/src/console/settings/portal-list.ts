import { FoyerConsolePortalList } from './portal-list.component.ts';

export { FoyerConsolePortalList };

if (!customElements.get('foyer-console-portal-list')) customElements.define('foyer-console-portal-list', FoyerConsolePortalList);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-console-portal-list': FoyerConsolePortalList;
  }
}
