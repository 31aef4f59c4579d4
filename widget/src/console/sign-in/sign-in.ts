import { FoyerConsoleSignIn } from './sign-in.component.ts';

export { FoyerConsoleSignIn };

if (!customElements.get('foyer-console-sign-in')) customElements.define('foyer-console-sign-in', FoyerConsoleSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-console-sign-in': FoyerConsoleSignIn;
  }
}
