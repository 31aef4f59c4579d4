// The English verbs of the activity's events that the portal's activity (strings-views.ts) and the console's
// (console/portal/strings.ts) both show, written once: each adds its own (the console has more kinds of event).

export const activityVerbsEn: Record<string, string> = {
  'portal.viewed': 'opened the portal',
  'file.uploaded': 'uploaded',
  'file.version_uploaded': 'uploaded a new version of',
  'file.downloaded': 'downloaded',
  'file.renamed': 'renamed',
  'file.deleted': 'deleted',
  'comment.created': 'commented on',
  'comment.resolved': 'resolved a comment on',
  'approval.requested': 'asked for approval of',
  'approval.approved': 'approved',
  'approval.changes_requested': 'requested changes to',
  'session.created': 'signed in',
};
