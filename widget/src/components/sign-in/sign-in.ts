import { FoyerSignIn } from './sign-in.component.ts';

export { FoyerSignIn };

if (!customElements.get('foyer-sign-in')) customElements.define('foyer-sign-in', FoyerSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-sign-in': FoyerSignIn;
  }
}
