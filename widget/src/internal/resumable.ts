// Big files go as resumable (tus) uploads: the SDK goes on after a dropped connection by itself, and the upload's
// URL and progress wait in the page's localStorage until it ends, so that after a reload (or a closed tab) the
// same file picked again can go on from where it was, once the person says so. The service shows nothing of
// an upload before its last byte, so an abandoned one is never a half file.
import { ConnectionError, FoyerError, type ClientFoyer, type File as FoyerFile, type ResumableUpload } from '@foyer/sdk';

/** Files larger than this (8 MiB) are sent as resumable uploads. */
export const RESUMABLE_ABOVE = 8 * 1024 * 1024;

/** Where a file goes: a portal (a new file) or a file (a new version). */
export type UploadTarget = string | { file_id: string };

/** An unfinished upload of this very file to this target, saved by an earlier page. */
export interface ResumeOffer {
  url: string;
  /** Bytes the service had, as last heard. */
  loaded: number;
}

// `foyer:upload:<target id>:<name>:<size>:<last modified>`: ids are unique across services' portals and files,
// and the fingerprint tells the same file picked again from another one of the same name.
const keyOf = (target: UploadTarget, file: File): string =>
  `foyer:upload:${typeof target === 'string' ? target : target.file_id}:${file.name}:${file.size}:${file.lastModified}`;

function save(key: string, offer: ResumeOffer | undefined): void {
  try {
    if (offer) localStorage.setItem(key, JSON.stringify(offer));
    else localStorage.removeItem(key);
  } catch {
    // Storage blocked: the upload still survives a dropped connection, not a reload.
  }
}

/** The saved upload of `file` to `target`, to offer "Resume … from 63%?". */
export function resumeOffer(target: UploadTarget, file: File): ResumeOffer | undefined {
  try {
    const offer = JSON.parse(localStorage.getItem(keyOf(target, file)) ?? 'null') as Partial<ResumeOffer> | null;
    return typeof offer?.url === 'string' && typeof offer.loaded === 'number' ? { url: offer.url, loaded: offer.loaded } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How many bytes the service holds of the saved upload (HEAD), to offer "Resume … from 63%?" truthfully (the
 * saved progress counts bytes handed to the network, ahead of what arrived); undefined when it is gone.
 */
export async function checkOffer(foyer: ClientFoyer, target: UploadTarget, file: File, offer: ResumeOffer): Promise<number | undefined> {
  try {
    const { response } = await foyer.uploads.offset(offer.url.split('/').pop()!).withResponse();
    return Number(response.headers.get('upload-offset'));
  } catch {
    forgetUpload(target, file);
    return undefined;
  }
}

/** Forgets the saved upload of `file` to `target` (Cancel: the SDK's `abort()` deletes it on the service). */
export function forgetUpload(target: UploadTarget, file: File): void {
  save(keyOf(target, file), undefined);
}

/** "Start over": deletes what the service holds of the saved upload, and forgets it. */
export function discardOffer(foyer: ClientFoyer, target: UploadTarget, file: File, offer: ResumeOffer): void {
  forgetUpload(target, file);
  try {
    void foyer.files
      .uploadResumable(target, file, { uploadUrl: offer.url })
      .abort()
      .catch(() => {});
  } catch {
    // Not an upload URL: nothing to delete.
  }
}

/**
 * Sends `file` as a resumable upload (going on from `offer` when given), saving its URL and progress at every
 * percent until it ends. It is forgotten once done or refused by the service; kept when the network gave up or
 * the page stopped it (`signal`: the element went away), so that a later page can offer to go on.
 */
export function sendResumable(
  foyer: ClientFoyer,
  target: UploadTarget,
  file: File,
  options: { name: string; request_item_id?: string | undefined; signal: AbortSignal; onProgress: (loaded: number) => void },
  offer?: ResumeOffer,
): ResumableUpload<FoyerFile> {
  const key = keyOf(target, file);
  let saved = 0;
  const upload: ResumableUpload<FoyerFile> = foyer.files.uploadResumable(target, file, {
    name: options.name,
    request_item_id: options.request_item_id,
    signal: options.signal,
    uploadUrl: offer?.url,
    onUploadUrl: (url) => save(key, { url, loaded: 0 }),
    onProgress: ({ loaded }) => {
      options.onProgress(loaded);
      if (upload.url && Math.abs(loaded - saved) >= file.size / 100) save(key, { url: upload.url, loaded: (saved = loaded) });
    },
  });
  upload.then(
    () => save(key, undefined),
    (error: unknown) => error instanceof FoyerError && !(error instanceof ConnectionError) && save(key, undefined),
  );
  return upload;
}
