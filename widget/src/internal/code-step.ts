import { html, nothing } from 'lit';
import '../components/code-input/code-input.ts';
import type { FoyerStrings } from '../strings.ts';
import type { CodeFlow } from './code-flow.ts';
import { icons } from './icons.ts';

/**
 * The code step of a {@link CodeFlow}: where the code went, six boxes, "Use another email" and a resend
 * button with its countdown. Styled by `sign-in.styles.ts`, which every host of it uses.
 */
export function codeStep(flow: CodeFlow, s: FoyerStrings, confirm: (code: string) => Promise<void>, resend: () => Promise<void>) {
  const wait = flow.wait;
  return html`<div part="form" class="form">
    <div class="sent">
      <span class="sent-icon">${icons.mail()}</span>
      <h2>${s.codeSentTitle}</h2>
      <p class="muted">${s.codeSent(flow.email)}</p>
    </div>
    <foyer-code-input
      label=${s.codeLabel}
      .digitLabel=${s.codeDigit}
      ?disabled=${flow.busy}
      ?invalid=${Boolean(flow.error)}
      @foyer-code-complete=${(e: CustomEvent<{ code: string }>) => void confirm(e.detail.code)}
    ></foyer-code-input>
    <p class="status" role="status">${flow.busy ? html`<span class="spinner" aria-hidden="true"></span> ${s.verifying}` : nothing}</p>
    <div class="row">
      <button class="btn ghost" type="button" ?disabled=${flow.busy} @click=${() => flow.back()}>${s.useAnotherEmail}</button>
      <button class="btn secondary" type="button" ?disabled=${flow.busy || wait > 0} @click=${() => void resend()}>${wait > 0 ? s.resendIn(wait) : s.resend}</button>
    </div>
  </div>`;
}
