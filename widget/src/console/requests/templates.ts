// Importing this module defines the Requests page's templates (the Requests page does).
import { FoyerConsoleTemplates } from './templates.component.ts';

export { FoyerConsoleTemplates };

if (!customElements.get('foyer-console-templates')) customElements.define('foyer-console-templates', FoyerConsoleTemplates);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-console-templates': FoyerConsoleTemplates;
  }
}
