// The bundle's entry (`/widget.js`): defines `<foyer-portal>` with its sign-in screen. The views after sign-in
// (`<foyer-file-list>`, `<foyer-file-view>`, `<foyer-requests>`, `<foyer-activity>` and their parts) are defined
// when the portal loads them — a chunk of their own, fetched once a session is at hand — so only their types
// are exported here.
export { FoyerPortal } from './components/portal/portal.ts';
export { FoyerSignIn } from './components/sign-in/sign-in.ts';
export { FoyerCodeInput } from './components/code-input/code-input.ts';
export type { FoyerFileList } from './components/file-list/file-list.ts';
export type { FoyerUpload } from './components/upload/upload.ts';
export type { FoyerRequests } from './components/requests/requests.ts';
export type { FoyerRequest } from './components/requests/request.ts';
export type { FoyerRequestItem } from './components/requests/request-item.ts';
export type { FoyerFileView } from './components/file-view/file-view.ts';
export type { FoyerApproval } from './components/approval/approval.ts';
export type { FoyerVerifyEmail } from './components/verify-email/verify-email.ts';
export type { FoyerComments } from './components/comments/comments.ts';
export type { FoyerActivity } from './components/activity/activity.ts';
export { en as strings, type FoyerStrings, type LocalePack } from './strings.ts';
export type * from './events/index.ts';
