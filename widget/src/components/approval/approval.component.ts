import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { NotFoundError, PermissionError, type File as FoyerFile } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { decide, listApprovalRequests, type ApprovalRequest, type Decision } from '../../internal/collaboration.ts';
import { portalContext, type PortalContext } from '../../internal/context.ts';
import { openPage } from '../../internal/download.ts';
import { formText } from '../../internal/form-text.ts';
import { fileRemoved, unlessRemoved } from '../../internal/reported.ts';
import { formatDate, formatDateTime } from '../../internal/format.ts';
import { icons } from '../../internal/icons.ts';
import { loadFailed } from '../../internal/load-failed.ts';
import { base } from '../../themes/base.styles.ts';
import '../verify-email/verify-email.ts';
import { styles } from './approval.styles.ts';

type Choice = Decision['decision'];

/**
 * @tag foyer-approval
 * @summary The approval panel of a file: what the business asks, the due date, Approve / Request changes
 * with a note and a confirmation step, and afterwards the record ("Approved by ana@… on …, version 2").
 * Once the request is decided, a Receipt button opens its signed receipt to print or save.
 * Renders nothing when the file has no approval request.
 * A session from a `link`-mode portal's link may not decide (403 `verification_required`): the panel then
 * confirms the client's email with a code inline (`<foyer-verify-email>`) and sends the decision again.
 *
 * @csspart base - The panel.
 * @csspart button - The Approve and Request changes buttons.
 * @csspart record - A recorded decision.
 */
export class FoyerApproval extends LitElement {
  static override styles = [base, styles];

  @consume({ context: portalContext, subscribe: true }) @state() private _ctx?: PortalContext;

  /** The file whose approval requests to show. */
  @property({ attribute: false }) file?: FoyerFile;

  @state() private _choice: Choice | undefined;
  @state() private _busy = false;
  @state() private _error = '';
  /** A decision waiting for the client's email to be confirmed. */
  @state() private _pending?: { request: ApprovalRequest; choice: Choice; note: string | null };

  private readonly __requests = new Task(this, {
    task: async ([ctx, fileId], { signal }) =>
      ctx?.member && fileId ? await listApprovalRequests(ctx, fileId, signal).catch(unlessRemoved(this, ctx, signal)) : undefined,
    args: () => [this._ctx, this.file?.id] as const,
  });

  private async __decide(request: ApprovalRequest, event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const note = formText(event.target as HTMLFormElement, 'note');
    await this.__submit(request, this._choice!, note || null);
  }

  /** Sends the decision — read `_ctx` now: after an email check it holds the new session. */
  private async __submit(request: ApprovalRequest, choice: Choice, note: string | null): Promise<void> {
    const ctx = this._ctx!;
    this._busy = true;
    this._error = '';
    this._pending = undefined;
    try {
      const decided = await decide(ctx, request.id, choice, note);
      this._choice = undefined;
      // The webhook event's data for the same decision (approval.approved / approval.changes_requested).
      ctx.decided({
        approval_request_id: request.id,
        file_id: request.file_id,
        version: request.version,
        sha256: request.sha256,
        decision: choice,
        note,
        status: decided.status,
        member_id: ctx.member!.id,
        email: ctx.member!.email,
      });
      await this.__requests.run();
    } catch (error) {
      if (error instanceof PermissionError && error.code === 'verification_required') this._pending = { request, choice, note };
      else this._error = ctx.report(error);
      if (error instanceof NotFoundError) fileRemoved(this);
    } finally {
      this._busy = false;
    }
  }

  /** Opens the decided request's receipt (a printable page of the service) in a new tab. */
  private async __receipt(id: string): Promise<void> {
    const ctx = this._ctx!;
    try {
      openPage(await ctx.foyer.approvals.receiptPage(id));
    } catch (error) {
      this._error = ctx.report(error);
    }
  }

  private __verify() {
    const { request, choice, note } = this._pending!;
    return html`<div class="confirm">
      <foyer-verify-email .email=${this._ctx?.member?.email ?? ''} @verified=${() => this.__submit(request, choice, note)}></foyer-verify-email>
      <button class="btn ghost" type="button" @click=${() => ((this._pending = undefined), (this._choice = undefined))}>${this._ctx!.strings.cancel}</button>
    </div>`;
  }

  private __record(decision: Decision) {
    const ctx = this._ctx!;
    const s = ctx.strings;
    const approved = decision.decision === 'approve';
    return html`<li part="record" class="record ${approved ? 'ok' : 'changes'}">
      <span class="record-icon">${approved ? icons.check() : icons.chat()}</span>
      <div>
        <p>${s.decisionRecord(approved ? s.approvedWord : s.changesWord, decision.email, formatDateTime(decision.created_at, ctx.locale), decision.version)}</p>
        ${decision.sign_in_method === 'embed' ? html`<p class="note">${s.signedInBy(ctx.business, decision.email)}</p>` : nothing}
        ${decision.note ? html`<p class="note" dir="auto">“${decision.note}”</p>` : nothing}
      </div>
    </li>`;
  }

  private __form(request: ApprovalRequest) {
    const s = this._ctx!.strings;
    const choice = this._choice;
    if (!choice) {
      return html`<div class="buttons">
        <button part="button" class="btn primary" type="button" @click=${() => (this._choice = 'approve')}>${icons.check()} ${s.approve}</button>
        <button part="button" class="btn secondary" type="button" @click=${() => (this._choice = 'request_changes')}>${s.requestChanges}</button>
      </div>`;
    }
    const approving = choice === 'approve';
    return html`<form class="confirm" @submit=${(e: SubmitEvent) => this.__decide(request, e)}>
      <p class="confirm-text">${approving ? s.confirmApprove(request.version) : s.confirmChanges(request.version)}</p>
      <div class="field">
        <label for="note">${approving ? s.noteLabel : s.noteRequired}</label>
        <textarea id="note" name="note" class="input" maxlength="2000" ?required=${!approving} ?disabled=${this._busy}></textarea>
      </div>
      <div class="buttons">
        <button part="button" class="btn ${approving ? 'primary' : 'danger'}" type="submit" ?disabled=${this._busy}>
          ${this._busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing} ${approving ? s.approve : s.requestChanges}
        </button>
        <button class="btn ghost" type="button" ?disabled=${this._busy} @click=${() => (this._choice = undefined)}>${s.cancel}</button>
      </div>
    </form>`;
  }

  override render() {
    const ctx = this._ctx;
    const requests = this.__requests.value;
    if (ctx && this.__requests.status === TaskStatus.ERROR) {
      return html`<section part="base" class="card panel">${loadFailed(ctx.strings, () => this.__requests.run())}</section>`;
    }
    if (!ctx || !requests?.length) return nothing;
    const s = ctx.strings;
    const request = requests.find((r) => r.status === 'pending') ?? requests[0]!;
    const mine = request.decisions.some((d) => d.member_id === ctx.member?.id);
    const canDecide =
      request.status === 'pending' && !mine && (request.approvers.length === 0 || request.approvers.some((a) => a.id === ctx.member?.id));
    const state = { pending: s.approvalPending, approved: s.approvalApproved, changes_requested: s.approvalChanges }[
      request.status as string
    ];
    return html`<section part="base" class="card panel ${request.status}" aria-labelledby="approval-title">
      <div class="head">
        <h2 id="approval-title">${s.approval}</h2>
        ${state ? html`<span class="badge ${request.status}">${state}</span>` : nothing}
      </div>
      ${request.status === 'pending' ? html`<p>${s.approvalAsked(request.version)}</p>` : nothing}
      ${request.message ? html`<blockquote class="message" dir="auto">${request.message}</blockquote>` : nothing}
      ${request.due_at ? html`<p class="due muted">${icons.clock()} ${s.dueBy(formatDate(request.due_at, ctx.locale))}</p>` : nothing}
      ${request.status === 'superseded' ? html`<p class="muted">${s.superseded}</p>` : nothing}
      ${request.status === 'canceled' ? html`<p class="muted">${s.canceledRequest}</p>` : nothing}
      ${request.decisions.length ? html`<ul class="records">${request.decisions.map((d) => this.__record(d))}</ul>` : nothing}
      ${
        state && request.status !== 'pending'
          ? html`<div><button part="button" class="btn ghost" type="button" @click=${() => this.__receipt(request.id)}>${s.receipt}</button></div>`
          : nothing
      }
      ${this._error ? html`<p class="alert" role="alert">${this._error}</p>` : nothing}
      ${this._pending ? this.__verify() : canDecide ? this.__form(request) : nothing}
    </section>`;
  }
}
