import type { File } from '@foyer/sdk';

/** `foyer-file-uploaded`: a file (or, with `new_version`, a new version of one) finished uploading. */
export type FoyerFileUploadedEvent = CustomEvent<{ file: File; new_version: boolean }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'foyer-file-uploaded': FoyerFileUploadedEvent;
  }
}
