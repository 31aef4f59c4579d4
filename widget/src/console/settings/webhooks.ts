import { FoyerConsoleWebhooks } from './webhooks.component.ts';

export { FoyerConsoleWebhooks };

if (!customElements.get('foyer-console-webhooks')) customElements.define('foyer-console-webhooks', FoyerConsoleWebhooks);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-console-webhooks': FoyerConsoleWebhooks;
  }
}
