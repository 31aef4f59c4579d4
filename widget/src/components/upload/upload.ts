import { FoyerUpload } from './upload.component.ts';

export { FoyerUpload };

if (!customElements.get('foyer-upload')) customElements.define('foyer-upload', FoyerUpload);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-upload': FoyerUpload;
  }
}
