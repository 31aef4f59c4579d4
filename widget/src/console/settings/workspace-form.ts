import { FoyerConsoleWorkspaceForm } from './workspace-form.component.ts';

export { FoyerConsoleWorkspaceForm };

if (!customElements.get('foyer-console-workspace-form')) customElements.define('foyer-console-workspace-form', FoyerConsoleWorkspaceForm);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-console-workspace-form': FoyerConsoleWorkspaceForm;
  }
}
