import { FoyerConsoleApiKeys } from './api-keys.component.ts';

export { FoyerConsoleApiKeys };

if (!customElements.get('foyer-console-api-keys')) customElements.define('foyer-console-api-keys', FoyerConsoleApiKeys);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-console-api-keys': FoyerConsoleApiKeys;
  }
}
