import { FoyerApproval } from './approval.component.ts';

export { FoyerApproval };

if (!customElements.get('foyer-approval')) customElements.define('foyer-approval', FoyerApproval);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-approval': FoyerApproval;
  }
}
