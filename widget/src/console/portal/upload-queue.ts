import { FoyerError } from '@foyer/sdk';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { formatBytes } from '../../internal/format.ts';
import { icons } from '../../internal/icons.ts';
import { UploadQueue, UploadStatus } from '../../internal/upload-queue.ts';
import { errorText, type PortalPage } from './page.ts';

/**
 * The Files tab's transfers: new files and new versions through the queue <foyer-upload> runs too, each with its
 * progress and Cancel; files above 8 MiB as resumable uploads (Pause and Resume, a dropped connection waited out,
 * "Resume … from 63%?" after a reload). `uploaded` hears each finished one.
 */
export function uploadQueue(host: ReactiveControllerHost, page: () => PortalPage | undefined, uploaded: () => void): UploadQueue {
  return new UploadQueue(host, () => {
    const p = page();
    return (
      p && {
        foyer: p.client,
        message: (error) =>
          p.strings.uploadFailed(
            error instanceof FoyerError && error.code === 'file_too_large' ? p.strings.tooBig : errorText(p.strings, error),
          ),
        uploaded,
      }
    );
  });
}

/** The transfers as a list: name, size, a progress bar while running, Pause/Resume, the outcome, Cancel / Dismiss. */
export function renderUploads(queue: UploadQueue, page: PortalPage) {
  const s = page.strings;
  if (!queue.items.length) return nothing;
  return html`<ul part="uploads" class="uploads" aria-label=${s.uploadsLabel} aria-live="polite">
    ${queue.items.map((item) => {
      const name = item.file.name;
      const active = queue.active(item);
      const actions = queue.actions(item, s);
      return html`<li class="upload ${item.status}">
        <span class="upload-icon">${item.status === UploadStatus.done ? icons.check() : item.status === UploadStatus.failed ? icons.alert() : icons.file()}</span>
        <div class="grow">
          <div class="upload-top">
            <span class="name">${name}</span>
            <span class="muted small">${formatBytes(item.file.size, page.locale)}</span>
          </div>
          ${active ? html`<progress class="bar" max="100" .value=${queue.percent(item)} aria-label=${name}></progress>` : nothing}
          <span class="muted small" role=${active ? nothing : 'status'}>${queue.statusText(item, s)}</span>
          ${actions.length ? html`<span class="upload-actions">${actions}</span>` : nothing}
        </div>
        <button class="btn icon-only" type="button" aria-label=${active ? s.cancelNamed(name) : s.dismissNamed(name)} @click=${() => queue.remove(item)}>
          ${icons.close()}
        </button>
      </li>`;
    })}
  </ul>`;
}
