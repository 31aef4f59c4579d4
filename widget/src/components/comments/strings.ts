// The English strings of a file's comment thread that the portal's comments (strings-views.ts) and the
// console's (console/portal/strings.ts) both show, written once; each adds its own empty-thread sentence.

export const commentStringsEn = {
  comments: 'Comments',
  commentLabel: 'Write a comment',
  replyLabel: 'Write a reply',
  post: 'Comment',
  reply: 'Reply',
  resolve: 'Resolve',
  reopen: 'Reopen',
  resolved: 'Resolved',
  deletedComment: 'This comment was deleted.',
  onVersion: (n: number) => `on version ${n}`,
};
