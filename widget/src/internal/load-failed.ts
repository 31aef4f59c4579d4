import { html } from 'lit';
import type { FoyerStrings } from '../strings.ts';
import { icons } from './icons.ts';

/** What a part shows when its data did not load: the sentence and a Try again button. */
export function loadFailed(s: FoyerStrings, retry: () => unknown) {
  return html`<div class="alert failed" role="alert">
    ${icons.alert()}<span>${s.loadFailed}</span>
    <button class="btn secondary" type="button" @click=${retry}>${s.retry}</button>
  </div>`;
}
