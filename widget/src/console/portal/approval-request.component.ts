import { Task } from '@lit/task';
import type { File as FoyerFile } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { formText } from '../../internal/form-text.ts';
import { base } from '../../themes/base.styles.ts';
import { endOfDay, today } from '../shared/dates.ts';
import { closeDialogs, errorText, modal, type PortalPage } from './page.ts';
import { tabStyles } from './tab.styles.ts';

/**
 * @tag foyer-console-portal-approval-request
 * @summary The "Request approval" dialog for a file's current version: approvers (the portal's active
 * members, all ticked), the rule (any one / every approver), an optional due date and message. Opens as a
 * modal when rendered.
 *
 * @event closed - The dialog closed (sent or canceled). Not composed.
 */
export class FoyerConsolePortalApprovalRequest extends LitElement {
  static override styles = [base, tabStyles];

  @property({ attribute: false }) page?: PortalPage;
  @property({ attribute: false }) file?: FoyerFile;

  @state() private _busy = false;
  @state() private _error: unknown;

  private readonly __members = new Task(this, {
    task: ([page], { signal }) =>
      page
        ? page.client.members.list(page.portal.id, { status: 'active', limit: 100 }, { signal }).toArray({ limit: 100 })
        : Promise.resolve(undefined),
    args: () => [this.page] as const,
  });

  private async __send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const page = this.page!;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const approvers = data.getAll('approver').map(String);
    const due = formText(form, 'due');
    const message = formText(form, 'message');
    if (!approvers.length) {
      this._error = page.strings.pickApprover;
      return;
    }
    this._busy = true;
    this._error = undefined;
    try {
      await page.client.approvals.request(this.file!.id, {
        approvers,
        rule: data.get('rule') === 'all' ? 'all' : 'any',
        due_at: due ? endOfDay(due) : null,
        message: message || null,
      });
      closeDialogs(this.renderRoot);
      page.refresh();
    } catch (error) {
      this._error = error;
    } finally {
      this._busy = false;
    }
  }

  override render() {
    const page = this.page;
    const file = this.file;
    if (!page || !file) return nothing;
    const s = page.strings;
    const members = this.__members.value;
    const error = this._error ?? this.__members.error;
    return html`<dialog ${ref(modal)} aria-labelledby="approval-title" @close=${() => this.dispatchEvent(new Event('closed'))}>
      <form @submit=${this.__send}>
        <h2 id="approval-title">${s.requestApprovalTitle(file.name, file.current_version.version)}</h2>
        <fieldset>
          <legend>${s.approvers}</legend>
          ${
            members === undefined
              ? html`<span class="spinner" role="status" aria-label=${s.loading}></span>`
              : members.length
                ? members.map(
                    (m) => html`<label class="check">
                    <input type="checkbox" name="approver" value=${m.id} checked />
                    <span>${m.name ? `${m.name} (${m.email})` : m.email}</span>
                  </label>`,
                  )
                : html`<p class="muted">${s.noMembers}</p>`
          }
        </fieldset>
        <fieldset>
          <legend>${s.rule}</legend>
          <label class="check"><input type="radio" name="rule" value="any" checked /><span>${s.ruleAny}</span></label>
          <label class="check"><input type="radio" name="rule" value="all" /><span>${s.ruleAll}</span></label>
        </fieldset>
        <div class="field">
          <label for="due">${s.dueDate}</label>
          <input id="due" name="due" class="input" type="date" min=${today()} />
        </div>
        <div class="field">
          <label for="message">${s.message}</label>
          <textarea id="message" name="message" class="input" maxlength="2000"></textarea>
        </div>
        ${error ? html`<p class="alert" role="alert">${errorText(s, error)}</p>` : nothing}
        <div class="actions">
          <button class="btn secondary" type="button" @click=${() => closeDialogs(this.renderRoot)}>${s.cancel}</button>
          <button class="btn primary" type="submit" ?disabled=${this._busy || !members?.length}>${s.sendRequest}</button>
        </div>
      </form>
    </dialog>`;
  }
}
