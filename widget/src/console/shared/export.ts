import { FoyerConsoleExport } from './export.component.ts';

export { FoyerConsoleExport };

if (!customElements.get('foyer-console-export')) customElements.define('foyer-console-export', FoyerConsoleExport);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-console-export': FoyerConsoleExport;
  }
}
