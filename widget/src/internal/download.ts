import type { PortalContext } from './context.ts';

/**
 * Downloads a version with the session's bearer token (a plain link cannot carry it), then saves it
 * under its name through a short-lived blob URL.
 */
export async function saveFile(ctx: PortalContext, fileId: string, name: string, version?: number): Promise<void> {
  const blob = await fetchBlob(ctx, fileId, version);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A version's bytes as a Blob, for the download above and the image preview. */
export async function fetchBlob(ctx: PortalContext, fileId: string, version?: number, signal?: AbortSignal): Promise<Blob> {
  const download = await ctx.foyer.files.download(fileId, { version, signal });
  const blob = await new Response(download.stream).blob();
  return download.contentType ? new Blob([blob], { type: download.contentType }) : blob;
}
