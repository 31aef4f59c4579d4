import { FoyerConsoleEmbed } from './embed.component.ts';

export { FoyerConsoleEmbed };

if (!customElements.get('foyer-console-embed')) customElements.define('foyer-console-embed', FoyerConsoleEmbed);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-console-embed': FoyerConsoleEmbed;
  }
}
