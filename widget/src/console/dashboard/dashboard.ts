import { FoyerConsoleDashboard } from './dashboard.component.ts';

export { FoyerConsoleDashboard };

if (!customElements.get('foyer-console-dashboard')) customElements.define('foyer-console-dashboard', FoyerConsoleDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-console-dashboard': FoyerConsoleDashboard;
  }
}
