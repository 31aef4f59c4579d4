// Importing this module defines the Requests page (the console's shell does).
import { FoyerConsoleRequests } from './requests.component.ts';

export { FoyerConsoleRequests };

if (!customElements.get('foyer-console-requests')) customElements.define('foyer-console-requests', FoyerConsoleRequests);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-console-requests': FoyerConsoleRequests;
  }
}
