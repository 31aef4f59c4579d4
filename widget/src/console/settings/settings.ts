import { FoyerConsoleSettings } from './settings.component.ts';

export { FoyerConsoleSettings };

if (!customElements.get('foyer-console-settings')) customElements.define('foyer-console-settings', FoyerConsoleSettings);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-console-settings': FoyerConsoleSettings;
  }
}
