import { FoyerActivity } from './activity.component.ts';

export { FoyerActivity };

if (!customElements.get('foyer-activity')) customElements.define('foyer-activity', FoyerActivity);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-activity': FoyerActivity;
  }
}
