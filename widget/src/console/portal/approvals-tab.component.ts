import { Task } from '@lit/task';
import type { File as FoyerFile, Schema } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { openPage } from '../../internal/download.ts';
import { formatDateTime } from '../../internal/format.ts';
import { base } from '../../themes/base.styles.ts';
import { type PortalPage } from './page.ts';
import { approvalBadge, empty, failed, taskView } from './states.ts';
import { tabStyles } from './tab.styles.ts';
import { styles } from './approvals-tab.styles.ts';

/** How a decider signed in, as the record says it: `embed` names the business whose website did it. */
function signedIn(page: PortalPage, d: { email: string; sign_in_method: string | null }): string {
  const s = page.strings;
  const method = d.sign_in_method ?? '';
  return method === 'embed' ? s.signedInBy(page.business, d.email) : `${s.recordMethod} ${s.methods[method] ?? method}`;
}

type ApprovalRequest = Schema<'ApprovalRequest'>;
type ApprovalRecord = Schema<'ApprovalRecord'>;
type Decision = Schema<'Decision'>;
type Row = { file: FoyerFile; request: ApprovalRequest };

/** Loading, loaded, or why it failed. */
type RecordState = { record?: ApprovalRecord; error?: unknown };

/**
 * @tag foyer-console-portal-approvals
 * @summary The Approvals tab: every approval request of the portal's files, newest first, with its
 * status, due date, approvers and decisions, and each one's decision record
 * (`GET /v1/approval-requests/{id}/record`: who, the verified email, when, the version, the sha256 of the
 * bytes) with copy buttons, and a decided request's signed receipt, opened to print or save.
 */
export class FoyerConsolePortalApprovals extends LitElement {
  static override styles = [base, tabStyles, styles];

  @property({ attribute: false }) page?: PortalPage;

  @state() private _records: Record<string, RecordState> = {};
  /** A receipt that failed to open, and why. */
  @state() private _receiptFailed?: { id: string; error: unknown };

  private readonly __requests = new Task(this, {
    task: async ([page], { signal }) => {
      if (!page) return undefined;
      const files = await page.client.files.list(page.portal.id, { limit: 100 }, { signal }).toArray({ limit: 1000 });
      const asked = files.filter((f) => f.approval);
      const lists = await Promise.all(asked.map((file) => page.client.approvals.list(file.id, { limit: 100 }, { signal }).page()));
      const rows: Row[] = lists.flatMap((list, i) => list.data.map((request) => ({ file: asked[i]!, request })));
      return rows.sort((a, b) => b.request.created_at.localeCompare(a.request.created_at));
    },
    args: () => [this.page] as const,
  });

  private async __toggleRecord(id: string): Promise<void> {
    if (this._records[id]) {
      const { [id]: _, ...rest } = this._records;
      this._records = rest;
      return;
    }
    this._records = { ...this._records, [id]: {} };
    try {
      const record = await this.page!.client.approvals.record(id);
      this._records = { ...this._records, [id]: { record } };
    } catch (error) {
      this._records = { ...this._records, [id]: { error } };
    }
  }

  private async __receipt(id: string): Promise<void> {
    this._receiptFailed = undefined;
    try {
      openPage(await this.page!.client.approvals.receiptPage(id));
    } catch (error) {
      this._receiptFailed = { id, error };
    }
  }

  private __decision(page: PortalPage, request: ApprovalRequest, d: Decision) {
    const s = page.strings;
    const who = request.approvers.find((m) => m.id === d.member_id)?.name ?? d.email;
    const what = d.decision === 'approve' ? s.decisionApprove : s.decisionChanges;
    return html`<div class="decision">
      <p><strong>${s.decided(what, who, formatDateTime(d.created_at, page.locale), d.version)}</strong></p>
      <p class="small">${s.recordEmail}: ${d.email}${d.sign_in_method ? ` · ${signedIn(page, d)}` : ''}</p>
      ${d.note ? html`<p class="small">${s.recordNote}: <bdi>${d.note}</bdi></p>` : nothing}
      <div class="row">
        <span class="mono">${s.sha256} ${d.sha256}</span>
        <foyer-console-copy value=${d.sha256} label=${s.copyNamed(s.sha256)}></foyer-console-copy>
      </div>
    </div>`;
  }

  private __record(page: PortalPage, request: ApprovalRequest, state: RecordState) {
    const s = page.strings;
    const record = state.record;
    if (state.error) return failed(s, state.error);
    if (!record) return html`<span class="spinner" role="status" aria-label=${s.loading}></span>`;
    return html`<div class="record">
      <h4 class="sr-only">${s.record}</h4>
      ${record.decisions.map(
        (d) => html`<dl>
          <dt>${s.recordWho}</dt>
          <dd>${request.approvers.find((m) => m.id === d.member_id)?.name ?? d.email}</dd>
          <dt>${s.recordEmail}</dt>
          <dd>${d.email}</dd>
          <dt>${s.recordMethod}</dt>
          <dd>${d.sign_in_method === 'embed' ? signedIn(page, d) : d.sign_in_method ? (s.methods[d.sign_in_method] ?? d.sign_in_method) : '—'}</dd>
          <dt>${s.recordWhen}</dt>
          <dd>${formatDateTime(d.created_at, page.locale)}</dd>
          <dt>${s.recordVersion}</dt>
          <dd>${d.version}</dd>
          <dt>${s.sha256}</dt>
          <dd class="mono">${d.sha256}</dd>
        </dl>`,
      )}
      <div>
        <foyer-console-copy value=${JSON.stringify(record, null, 2)} label=${s.recordCopy}></foyer-console-copy>
      </div>
    </div>`;
  }

  private __row(page: PortalPage, { file, request }: Row) {
    const s = page.strings;
    const record = this._records[request.id];
    const pending = request.approvers.filter((m) => !request.decisions.some((d) => d.member_id === m.id));
    return html`<li class="card item request">
      <div class="row between">
        <h3 class="name"><bdi>${file.name}</bdi> · ${s.versionLong(request.version)}</h3>
        ${approvalBadge(page, { request_id: request.id, status: request.status, version: request.version, due_at: request.due_at })}
      </div>
      <p class="muted small">
        ${s.requestedOn(formatDateTime(request.created_at, page.locale))}${request.due_at ? ` · ${s.dueBy(formatDateTime(request.due_at, page.locale))}` : ''} ·
        ${s.ruleIs(request.rule === 'all')}
      </p>
      ${request.message ? html`<p dir="auto">${request.message}</p>` : nothing}
      ${
        request.status === 'pending'
          ? html`<p class="small">${s.waitingFor(pending.length ? pending.map((m) => m.name ?? m.email).join(', ') : s.everyone)}</p>`
          : nothing
      }
      ${request.decisions.map((d) => this.__decision(page, request, d))}
      ${
        request.decisions.length
          ? html`<div>
              <button class="btn ghost small" type="button" aria-expanded=${record ? 'true' : 'false'} @click=${() => this.__toggleRecord(request.id)}>
                ${record ? s.hideRecord : s.showRecord}
              </button>
              ${
                request.status === 'approved' || request.status === 'changes_requested'
                  ? html`<button class="btn ghost small" type="button" @click=${() => this.__receipt(request.id)}>${s.receipt}</button>`
                  : nothing
              }
            </div>
            ${this._receiptFailed?.id === request.id ? failed(s, this._receiptFailed.error) : nothing}
            ${record ? this.__record(page, request, record) : nothing}`
          : nothing
      }
    </li>`;
  }

  override render() {
    const page = this.page;
    if (!page) return nothing;
    const s = page.strings;
    return html`<section>
      <h2>${s.approvalsTitle}</h2>
      ${taskView(this.__requests, s, (rows) =>
        !rows
          ? nothing
          : rows.length
            ? html`<ul class="list">${rows.map((row) => this.__row(page, row))}</ul>`
            : empty(s.noApprovalsTitle, s.noApprovals),
      )}
    </section>`;
  }
}
