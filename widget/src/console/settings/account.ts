import { FoyerConsoleAccount } from './account.component.ts';

export { FoyerConsoleAccount };

if (!customElements.get('foyer-console-account')) customElements.define('foyer-console-account', FoyerConsoleAccount);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-console-account': FoyerConsoleAccount;
  }
}
