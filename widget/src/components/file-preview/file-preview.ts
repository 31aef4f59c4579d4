import { FoyerFilePreview } from './file-preview.component.ts';

export { FoyerFilePreview };
export type { PreviewStrings } from './strings.ts';

if (!customElements.get('foyer-file-preview')) customElements.define('foyer-file-preview', FoyerFilePreview);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-file-preview': FoyerFilePreview;
  }
}
