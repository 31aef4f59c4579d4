import { FoyerConsoleUsers } from './users.component.ts';

export { FoyerConsoleUsers };

if (!customElements.get('foyer-console-users')) customElements.define('foyer-console-users', FoyerConsoleUsers);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-console-users': FoyerConsoleUsers;
  }
}
