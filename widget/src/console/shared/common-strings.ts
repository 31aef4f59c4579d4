// The English strings the console's shell and its portal page (`console/portal/strings.ts`) both say, once:
// each spreads them into its own strings, so either element's `.strings` overrides them.

export const commonEn = {
  loading: 'Loading…',
  retry: 'Try again',
  cancel: 'Cancel',
  close: 'Close',
  copy: 'Copy',
  copyNamed: (what: string) => `Copy ${what}`,
  copyFailed: 'Could not copy: select the text and copy it yourself.',
  loadMore: 'Load more',
  loadFailed: 'Could not load this. Check your connection and try again.',
  genericError: 'Something went wrong. Try again in a moment.',
  sessionEnded: 'Your session has ended. Sign in again to continue.',
  backToPortals: 'Back to portals',
  downloading: (percent: number) => `Downloading… ${percent}%`,
  ownerOnly: (what: string) => `Only an owner of the workspace can ${what}. Ask an owner if something needs to change.`,
  // Export (a portal's settings, the workspace's settings)
  exportTitle: 'Export',
  exportBody:
    'One zip to keep or to move: every file with all its versions, the members, comments, approvals with their records, requests, and the activity trail with a script that verifies it.',
  exporting: (percent: number) => `Exporting… ${percent}%`,
  exportReady: (size: string, until: string) => `Ready: ${size}, kept until ${until}.`,
  exportDownload: 'Download the export',
  exportAgain: 'Export again',
  exportFailed: (why: string) => `The export failed: ${why}`,
};
