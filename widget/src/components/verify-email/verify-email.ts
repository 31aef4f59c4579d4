import { FoyerVerifyEmail } from './verify-email.component.ts';

export { FoyerVerifyEmail };

if (!customElements.get('foyer-verify-email')) customElements.define('foyer-verify-email', FoyerVerifyEmail);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-verify-email': FoyerVerifyEmail;
  }
}
