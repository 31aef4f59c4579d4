import type { Download } from '@foyer/sdk';
import type { PortalContext } from './context.ts';

/**
 * Downloads a version with the session's bearer token (a plain link cannot carry it), then saves it
 * under its name through a short-lived blob URL.
 */
export function saveFile(ctx: PortalContext, fileId: string, name: string, version?: number): Promise<void> {
  return save(ctx.foyer.files.download(fileId, { version }), name);
}

/**
 * Saves a download (a version, a portal's zip, an export) under `name`, else the name the service gave it,
 * telling `progress` the share received (0 to 1) as it arrives when its size is known. The whole body becomes
 * a Blob before the browser saves it — a link to the service cannot carry the session's token or the
 * console's CSRF header — so the save dialog comes once every byte arrived. Chromium pages a big Blob to files
 * of the profile, but while a 1 GiB one arrives its processes peak at ~3 GiB more memory (widget README,
 * `npm run bench:browser-download`).
 */
export async function save(download: PromiseLike<Download>, name?: string, progress?: (share: number) => void): Promise<void> {
  const { stream, size, filename } = await download;
  let received = 0;
  const counted = stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, out) {
        received += chunk.length;
        if (size) progress?.(received / size);
        out.enqueue(chunk);
      },
    }),
  );
  follow(await new Response(counted).blob(), { download: name ?? filename ?? '' });
}

/**
 * Opens a page the service rendered for the session (an approval receipt, to print or save) in a new tab:
 * a plain link cannot carry the session either.
 */
export function openPage(page: string): void {
  follow(new Blob([page], { type: 'text/html' }), { target: '_blank' });
}

/** Follows a link to `blob` through a short-lived blob URL. */
function follow(blob: Blob, link: Partial<Pick<HTMLAnchorElement, 'download' | 'target'>>): void {
  const url = URL.createObjectURL(blob);
  Object.assign(document.createElement('a'), { href: url, rel: 'noopener' }, link).click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A download's bytes behind a blob URL (revoke it when done), for what an `<img>` shows: a preview's page. */
export async function blobUrl(download: PromiseLike<Download>): Promise<string> {
  return URL.createObjectURL(await new Response((await download).stream).blob());
}
