// The English strings of `<foyer-file-preview>`, once: the portal's strings (strings.ts) and the console's
// portal page (console/portal/strings.ts) spread them into theirs, so either element's `.strings` overrides them.

export const previewEn = {
  previewAlt: (name: string) => `Preview of ${name}`,
  previewPage: (page: number, count: number) => `Page ${page} of ${count}`,
  previewMorePages: (shown: number, count: number) => `The first ${shown} of ${count} pages. Download the file to read them all.`,
  previewPending: 'Preparing the preview…',
  previewFailed: 'This file could not be previewed. Download it to open it.',
  noPreview: 'No preview for this kind of file. Download it to open it.',
  download: 'Download',
};

export type PreviewStrings = typeof previewEn;
