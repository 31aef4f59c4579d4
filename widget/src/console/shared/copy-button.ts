import { FoyerConsoleCopy } from './copy-button.component.ts';

export { FoyerConsoleCopy };

if (!customElements.get('foyer-console-copy')) customElements.define('foyer-console-copy', FoyerConsoleCopy);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-console-copy': FoyerConsoleCopy;
  }
}
