// Every English string of the console's document requests, in one place. They are part of the console's
// strings (`<foyer-console>.strings`, for the Requests page) and of the portal page's
// (`<foyer-console-portal>.strings`, for its Requests tab): override them there. Functions take the values
// they name.

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const items = (n: number) => plural(n, 'item', 'items');
const portals = (n: number) => plural(n, 'portal', 'portals');

export const requestsEn = {
  edit: 'Edit',
  delete: 'Delete',
  /** A button's accessible name: what it does, to what. */
  named: (action: string, what: string) => `${action}: ${what}`,
  // The Requests page
  requestsTitle: 'Requests',
  requestsNav: 'Requests pages',
  waitingTab: 'Who is missing what',
  templatesTab: 'Templates',
  requestsFilter: 'Show requests',
  waitingAll: 'All open',
  waitingClient: 'Waiting on client',
  waitingUs: 'To review',
  sortLabel: 'Sort by',
  sortDue: 'Due date, overdue first',
  sortNewest: 'Newest first',
  portalsWaiting: (n: number) => `${portals(n)} still waiting`,
  portalsToReview: (n: number) => `${portals(n)} with documents to review`,
  noOpenTitle: 'Nobody is missing anything',
  noOpen: 'Open requests show here until every required document is in.',
  missing: (names: string) => `Missing: ${names}`,
  toReview: (names: string) => `To review: ${names}`,
  progress: (done: number, total: number) => `${done} of ${total} done`,
  /** `late`: whole days past the due date of an overdue request, else 0. */
  due: (date: string, late: number) => `Due ${date}${late > 0 ? ` · ${plural(late, 'day', 'days')} overdue` : ''}`,
  noDue: 'No due date',
  overdueBadge: 'Overdue',
  requestStatus: { open: 'Open', complete: 'Complete' } as Record<string, string>,
  itemStatus: {
    open: 'Not sent yet',
    submitted: 'To review',
    accepted: 'Accepted',
    changes_requested: 'Sent back',
    not_applicable: 'Not applicable',
  } as Record<string, string>,
  optional: 'Optional',
  severalFiles: 'Several files',
  // The dashboard
  itemsToReview: (n: number) => `${items(n)} to review`,
  itemsOverdue: (n: number) => `${items(n)} overdue`,
  itemsAwaited: (n: number) => `${items(n)} awaited`,
  // Templates
  newTemplate: 'New template',
  noTemplatesTitle: 'No templates yet',
  noTemplates: 'A template lists documents to ask many clients for, such as “2026 tax documents”.',
  itemCount: items,
  confirmDeleteTemplate: (name: string) => `Delete “${name}”? Requests made from it stay.`,
  applyTemplate: 'Apply to portals',
  templateNameLabel: 'Name (also the requests’ title)',
  messageLabel: 'Message to the client (optional)',
  saveTemplate: 'Save template',
  // The items editor
  itemsLegend: 'Documents to ask for',
  itemLegend: (n: number) => `Document ${n}`,
  itemTitleLabel: 'What to send',
  itemTitlePlaceholder: 'e.g. Bank statements',
  itemDescriptionLabel: 'Details (optional)',
  itemRequired: 'Required',
  itemMultiple: 'Several files allowed',
  itemTypes: 'Allowed file types (none: any)',
  typeGroups: { pdf: 'PDF', images: 'Images', office: 'Word/Excel' } as Record<string, string>,
  otherTypesLabel: 'Other types, e.g. text/csv',
  addItem: 'Add a document',
  removeItem: (n: number) => `Remove document ${n}`,
  // Apply a template
  applyTitle: (name: string) => `Apply “${name}”`,
  searchPortals: 'Search portals',
  selectAll: (n: number) => `Select all (${n})`,
  noPortalsMatch: 'No portals match.',
  dueDateLabel: 'Due date (optional)',
  applyTo: (n: number) => `Apply to ${portals(n)}`,
  pickPortal: 'Choose at least one portal.',
  appliedCounts: (created: number, exists: number, failed: number) => `${created} created · ${exists} already had it · ${failed} failed`,
  applyResult: { created: 'Created', exists: 'Already had it', failed: 'Failed' } as Record<string, string>,
  // A portal's Requests tab
  tabRequests: 'Requests',
  newRequest: 'New request',
  noRequestsTitle: 'No requests yet',
  noRequests: 'Ask your client for the documents you need: they get a checklist in their portal.',
  startFrom: 'Start from',
  blankList: 'A blank list',
  requestTitleLabel: 'Title',
  submitRequest: 'Send request',
  alreadyOpen: 'This portal already has an open request from this template.',
  accept: 'Accept',
  sendBack: 'Send back',
  reopenItem: 'Reopen',
  waive: 'Not applicable',
  reasonLabel: 'What should the client change? They see this.',
  reasonRequired: 'Say what the client should change.',
  sentBack: (reason: string) => `Sent back: ${reason}`,
  clientNote: (note: string) => `Client’s note: ${note}`,
  download: 'Download',
  changeDue: 'Change due date',
  deleteRequest: 'Delete request',
  deleteRequestBody: 'Files already sent stay in the portal.',
};

/** The strings of the document requests; override any of them through the console's or the portal page's `.strings`. */
export type RequestStrings = typeof requestsEn;
