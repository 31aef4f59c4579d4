import { Task, TaskStatus } from '@lit/task';
import type { ClientFoyer, File as FoyerFile, Schema } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { blobUrl } from '../../internal/download.ts';
import { icons } from '../../internal/icons.ts';
import { base } from '../../themes/base.styles.ts';
import type { PreviewStrings } from './strings.ts';
import { styles } from './file-preview.styles.ts';

/**
 * @tag foyer-file-preview
 * @summary The preview the service made of a file's current version: the image, or a PDF's first pages one under
 * another. Each page is fetched with the session (an `<img>` cannot send it) only when it comes within a screen of
 * the viewport, and shown through a blob URL; the original is never fetched. While the service is still making it,
 * a spinner, asked again every 2 s; for a type without a preview, or one that failed, an icon and "Download".
 * The portal's `<foyer-file-view>` and the console's file detail both show it.
 *
 * @event download - The person asked for the original ("Download" beside a missing preview). Not composed.
 * @csspart page - One page (or the image).
 */
export class FoyerFilePreview extends LitElement {
  static override styles = [base, styles];
  // Declared here rather than with decorators: the bundle then needs no decorator helper for this module.
  static override properties = { files: { attribute: false }, file: { attribute: false }, strings: { attribute: false } };

  /** The SDK's `files` group of the caller (a client's or the console's). */
  declare files?: Pick<ClientFoyer['files'], 'previews' | 'previewImage'>;
  /** The file: its current version's preview is shown. */
  declare file?: FoyerFile;
  declare strings: PreviewStrings;

  /** Blob URLs of the pages asked for ('' until loaded), by preview id; a new object for another file or version. */
  private __urls: Record<string, string> = {};
  private __observer?: IntersectionObserver;
  private __poll?: ReturnType<typeof setTimeout>;

  private readonly __previews = new Task(this, {
    // Another file or version (or the poll of a pending one, which has no pages): the pages loaded go.
    task: ([id, version], { signal }) => (this.__forget(), id ? this.files!.previews(id, { version }, { signal }) : undefined),
    args: () => [this.file?.id, this.file?.current_version.version] as const,
  });

  protected override updated(): void {
    clearTimeout(this.__poll);
    if (!this.isConnected) return;
    if (this.__previews.value?.status === 'pending') this.__poll = setTimeout(() => void this.__previews.run(), 2000);
    // Pages not asked for yet are fetched as they come within a screen of the viewport.
    this.__observer ??= new IntersectionObserver(
      (entries) => {
        for (const { isIntersecting, target } of entries)
          if (isIntersecting) {
            this.__observer!.unobserve(target);
            void this.__load((target as HTMLElement).dataset.id!);
          }
      },
      { rootMargin: '100% 0px' },
    );
    for (const frame of this.renderRoot.querySelectorAll<HTMLElement>('[data-id]')) {
      // Each page keeps its place at its own proportions before its image arrives. Set through the CSSOM: a
      // `style` attribute is inline style, which pages whose CSP says `style-src 'self'` refuse.
      Object.assign(frame.style, { aspectRatio: `${frame.dataset.w}/${frame.dataset.h}`, maxWidth: `${frame.dataset.w}px` });
      if (!(frame.dataset.id! in this.__urls)) this.__observer.observe(frame);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: the observer and the poll start again.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.__poll);
    this.__observer?.disconnect();
    this.__observer = undefined;
    this.__forget();
  }

  private __forget(): void {
    for (const url of Object.values(this.__urls)) if (url) URL.revokeObjectURL(url);
    this.__urls = {};
  }

  private async __load(id: string): Promise<void> {
    const urls = this.__urls;
    urls[id] = '';
    try {
      const url = await blobUrl(this.files!.previewImage(this.file!.id, id));
      // Unless the file or its version changed meanwhile (then it is not a page of this one).
      if (urls === this.__urls) {
        urls[id] = url;
        this.requestUpdate();
      } else URL.revokeObjectURL(url);
    } catch {
      // Asked again in 2 s if it is still near the viewport.
      delete urls[id];
      setTimeout(() => this.requestUpdate(), 2000);
    }
  }

  override render() {
    const s = this.strings;
    const failed = this.__previews.status === TaskStatus.ERROR;
    const value = failed ? undefined : this.__previews.value;
    // Until a new version's list comes, the last one is not its pages.
    if (!failed && (!value || value.status === 'pending' || value.version !== this.file?.current_version.version))
      return html`<div class="empty" role="status"><span class="spinner" aria-hidden="true"></span><p class="muted">${s.previewPending}</p></div>`;
    if (value?.status === 'ready') {
      const count = value.page_count ?? value.pages.length;
      return html`<div class="pages">
        ${value.pages.map((image) => this.__page(image, count))}
        ${count > value.pages.length ? html`<p class="note">${s.previewMorePages(value.pages.length, count)}</p>` : nothing}
      </div>`;
    }
    return html`<div class="empty">
      <span class="file-icon">${icons.file()}</span>
      <p class="muted">${value?.status === 'unsupported' ? s.noPreview : s.previewFailed}</p>
      <button class="btn secondary" type="button" @click=${() => this.dispatchEvent(new Event('download'))}>${icons.download()} ${s.download}</button>
    </div>`;
  }

  private __page({ id, page, width, height }: Schema<'PreviewImage'>, count: number) {
    const s = this.strings;
    const url = this.__urls[id];
    const label = count > 1 ? s.previewPage(page, count) : '';
    return html`<figure part="page">
      <div class="frame" data-id=${id} data-w=${width} data-h=${height}>
        ${url ? html`<img src=${url} alt="${s.previewAlt(this.file!.name)}${label && `, ${label}`}" />` : html`<span class="skeleton"></span>`}
      </div>
      ${label && html`<figcaption>${label}</figcaption>`}
    </figure>`;
  }
}
