import type { Foyer, Schema } from '@foyer/sdk';
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { save } from '../../internal/download.ts';
import { formatBytes, formatDateTime } from '../../internal/format.ts';
import { icons } from '../../internal/icons.ts';
import { base } from '../../themes/base.styles.ts';
import type { commonEn } from './common-strings.ts';
import { failureSentence } from './sentence.ts';

type Export = Schema<'Export'>;

/** How often a queued or running export is asked how far it got. */
const POLL_MS = 1000;

/**
 * @tag foyer-console-export
 * @summary An owner's export of one portal (`portal`) or, without one, of the whole workspace: Export queues the
 * job (the service answers the one already under way instead of starting another), its progress is asked every
 * second, then the zip is offered — fetched with the console's session, with its progress — with its size and
 * until when it is kept. Shown again, it picks up the latest export of its scope that did not fail. Failures
 * say why, in words.
 */
export class FoyerConsoleExport extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: grid;
        gap: 0.75rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) client?: Foyer;
  @property({ attribute: false }) strings?: typeof commonEn & { networkError: string };
  @property() locale?: string;
  /** The portal to export; the whole workspace when empty. */
  @property() portal = '';

  @state() private _job?: Export;
  /** The share of the zip received (0 to 1) while it downloads. */
  @state() private _share?: number;
  @state() private _error: unknown;
  private __timer?: ReturnType<typeof setTimeout>;

  override firstUpdated(): void {
    this.client!.exports.list(this.portal ? { portal_id: this.portal } : {})
      .page()
      .then(({ data }) => {
        const job = data.find((e) => (e.portal_id ?? '') === this.portal && e.status !== 'failed');
        if (job && !this._job) this.__show(job);
      })
      // Nothing to pick up: Export still starts one.
      .catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.__timer);
  }

  private async __start(): Promise<void> {
    const exports = this.client!.exports;
    this._error = undefined;
    try {
      this.__show(await (this.portal ? exports.createForPortal(this.portal) : exports.createForWorkspace()));
    } catch (error) {
      this._error = error;
    }
  }

  /** Shows the export and, while it is queued or running, asks again; a failed question is said and asked again. */
  private __show(job: Export): void {
    this._job = job;
    clearTimeout(this.__timer);
    if (this.isConnected && (job.status === 'queued' || job.status === 'running'))
      this.__timer = setTimeout(() => {
        this.client!.exports.get(job.id).then(
          (next) => {
            this._error = undefined;
            this.__show(next);
          },
          (error: unknown) => {
            this._error = error;
            this.__show(job);
          },
        );
      }, POLL_MS);
  }

  private async __download(job: Export): Promise<void> {
    this._error = undefined;
    this._share = 0;
    try {
      await save(this.client!.exports.download(job.id), undefined, (share) => (this._share = share));
    } catch (error) {
      this._error = error;
    } finally {
      this._share = undefined;
    }
  }

  override render() {
    const s = this.strings!;
    const job = this._job;
    const share = this._share;
    const busy = job?.status === 'queued' || job?.status === 'running';
    return html`<h3>${s.exportTitle}</h3>
      <p class="muted">${s.exportBody}</p>
      ${
        busy
          ? html`<progress class="bar" max="100" .value=${job.progress} aria-label=${s.exportTitle}></progress>
            <p role="status">${s.exporting(job.progress)}</p>`
          : nothing
      }
      ${
        job?.status === 'ready'
          ? html`<p role="status">${s.exportReady(formatBytes(job.size ?? 0, this.locale), formatDateTime(job.expires_at ?? '', this.locale))}</p>`
          : nothing
      }
      ${
        share === undefined
          ? nothing
          : html`<progress class="bar" max="1" .value=${share} aria-label=${s.exportDownload}></progress>
            <p role="status">${s.downloading(Math.floor(share * 100))}</p>`
      }
      ${job?.status === 'failed' ? html`<p class="alert" role="alert">${s.exportFailed(job.error ?? s.genericError)}</p>` : nothing}
      ${this._error ? html`<p class="alert" role="alert">${failureSentence(this._error, s)}</p>` : nothing}
      <div class="actions">
        ${
          job?.status === 'ready'
            ? html`<button class="btn primary" type="button" ?disabled=${share !== undefined} @click=${() => this.__download(job)}>
              ${icons.download()} ${s.exportDownload}
            </button>`
            : nothing
        }
        <button class="btn secondary" type="button" ?disabled=${busy} @click=${this.__start}>${job && !busy ? s.exportAgain : s.exportTitle}</button>
      </div>`;
  }
}
