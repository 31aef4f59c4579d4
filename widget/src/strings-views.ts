// The English of what a signed-in client sees (header, files, requests, a file's view, comments, approvals,
// activity): in the views' chunk with them, so the first screen does not carry it. strings.ts has the first
// screen's; `FoyerStrings` is both. The preview's strings are shared with the console.

import { activityVerbsEn } from './components/activity/strings.ts';
import { commentStringsEn } from './components/comments/strings.ts';
import { previewEn } from './components/file-preview/strings.ts';
import { uploadStrings } from './internal/upload-strings.ts';

/** The activity's verbs: the console's words, and the portal's own for a member the business added. */
const verbs: Record<string, string> = { ...activityVerbsEn, 'member.added': 'added a member' };

export const viewsEn = {
  ...previewEn,
  // Header
  signOut: 'Sign out',
  signedInAs: (email: string) => `Signed in as ${email}`,
  navLabel: 'Portal sections',
  files: 'Files',
  activity: 'Activity',
  // File list
  filterLabel: 'Show',
  filterAll: 'All',
  filterShared: 'Shared with you',
  filterMine: 'Uploaded by you',
  emptyTitle: 'No files yet',
  emptyAll: (business: string) =>
    `Files that ${business} shares with you appear here. Drop a file on this page or choose one to send them yours.`,
  emptyAllNoUpload: (business: string) => `Files that ${business} shares with you appear here.`,
  emptyShared: (business: string) => `${business} has not shared any files yet.`,
  emptyMine: 'You have not uploaded anything yet. Drop a file here or choose one.',
  loadMore: 'Show more',
  downloadNamed: (name: string) => `Download ${name}`,
  downloadAll: 'Download all',
  downloading: (percent: number) => `Downloading… ${percent}%`,
  openNamed: (name: string) => `Open ${name}`,
  sharedBy: (who: string) => `Shared by ${who}`,
  uploadedBy: (who: string) => `Uploaded by ${who}`,
  /** "Uploaded by you". */
  you: 'you',
  /** "You uploaded …" in the activity; a comment's author when the member has no name. */
  youSubject: 'You',
  versionShort: (n: number) => `v${n}`,
  versionLong: (n: number) => `Version ${n}`,
  approvalPending: 'Awaiting approval',
  approvalApproved: 'Approved',
  approvalChanges: 'Changes requested',
  loadFailed: 'Could not load this. Check your connection and try again.',
  // Upload: the transfers' words are upload-strings.ts's
  ...uploadStrings,
  dropHere: 'Drop files here to upload',
  chooseFiles: 'Choose files',
  uploadHint: (limit: string) => `or drag them here · up to ${limit} each`,
  uploadNewVersion: 'Upload new version',
  cancel: 'Cancel',
  tooBig: (limit: string) => `Too big: the limit is ${limit}.`,
  offline: 'You are offline. Reconnect and try again.',
  uploadsDisabled: 'Uploads are switched off for this portal.',
  uploadFailed: 'The upload failed. Try again.',
  // Document requests
  requestsTitle: (business: string) => `What ${business} needs from you`,
  requestProgress: (done: number, total: number) => `${done} of ${total} done`,
  progressOf: (title: string) => `Progress of ${title}`,
  overdue: (date: string) => `Overdue: it was due ${date}`,
  requestComplete: (title: string) => `${title} — complete`,
  required: 'Required',
  optional: 'Optional',
  oneFile: 'one file',
  severalFiles: 'several files',
  itemStatus: {
    open: 'Open',
    submitted: 'Sent',
    accepted: 'Accepted',
    changes_requested: 'Please re-send',
    not_applicable: 'Not applicable',
  } as Record<string, string>,
  sentBack: (business: string) => `${business} sent this back:`,
  yourNote: 'Your note:',
  itemFiles: (item: string) => `Files sent for ${item}`,
  forItem: (action: string, item: string) => `${action}: ${item}`,
  notApplicable: 'Not applicable',
  markNotApplicable: 'Mark as not applicable',
  undo: 'Undo',
  chooseFile: 'Choose a file',
  replaceFile: 'Send a new version',
  uploadHintOne: (limit: string) => `or drag it here · up to ${limit}`,
  wrongType: (item: string, accepts: string, name: string, is: string) => `${item} accepts ${accepts} — ${name} is ${is}.`,
  /** Words for the types an item accepts: [many, one]. Others read "PNG image files" / "a PNG image file". */
  typeNames: {
    'application/pdf': ['PDF documents', 'a PDF document'],
    'image/*': ['images', 'an image'],
    'application/zip': ['ZIP archives', 'a ZIP archive'],
    'text/plain': ['text files', 'a text file'],
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['Word documents', 'a Word document'],
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['Excel spreadsheets', 'an Excel spreadsheet'],
  } as Record<string, readonly [string, string]>,
  otherType: (label: string): readonly [string, string] => [`${label} files`, `a ${label} file`],
  /** A file's type in its details: "PDF", "PNG image", or this when the type is not known. */
  fileType: 'File',
  imageType: (format: string) => `${format} image`,
  // File view
  back: 'Back to files',
  details: 'Details',
  size: 'Size',
  type: 'Type',
  added: 'Added',
  updated: 'Updated',
  checksum: 'SHA-256',
  versions: 'Versions',
  current: 'Current',
  fileRemoved: 'This file was removed',
  fileRemovedDetail: (name: string, business: string) =>
    `${name || 'It'} is no longer in this portal: ${business} deleted it, with its versions, comments and approvals.`,
  // Comments
  ...commentStringsEn,
  noComments: 'No comments yet. Ask a question or leave a note about this file.',
  // Approvals
  approval: 'Approval',
  approvalAsked: (n: number) => `Your approval is requested for version ${n}.`,
  dueBy: (date: string) => `Due ${date}`,
  approve: 'Approve',
  requestChanges: 'Request changes',
  noteLabel: 'Note (optional)',
  noteRequired: 'What should change?',
  confirmApprove: (n: number) => `Approve version ${n}? Your decision is recorded with your email and cannot be changed.`,
  confirmChanges: (n: number) => `Request changes to version ${n}? Your note is sent to the business.`,
  confirm: 'Confirm',
  decisionRecord: (what: string, who: string, date: string, n: number) => `${what} by ${who} on ${date}, version ${n}`,
  /** An `embed` sign-in: the business's own website handed the session over. */
  signedInBy: (business: string, email: string) => `Signed in by ${business}’s website as ${email}`,
  approvedWord: 'Approved',
  changesWord: 'Changes requested',
  superseded: 'A newer version replaced the one this request was about.',
  canceledRequest: 'The business canceled this request.',
  receipt: 'Receipt',
  verifyTitle: 'Confirm your email address',
  verifyIntro:
    'Decisions are recorded with a confirmed email address. We will email you a 6-digit code; once you enter it, your decision is sent.',
  // Activity
  activityTitle: 'Recent activity',
  noActivity: 'Nothing has happened here yet.',
  someone: 'Someone',
  theBusiness: (business: string) => business,
  /** One event of the activity. `self`: the actor is the person looking (`youSubject`), for the verb's person. */
  // English's verbs are the same for every person; other languages conjugate for `self`.
  event: (actor: string, type: string, target: string, _self: boolean) => {
    const verb = verbs[type] ?? type.replace(/[._]/g, ' ');
    return `${actor} ${verb}${target ? ` ${target}` : ''}`;
  },
};
