// The bundle's entry (`/widget.js`): defines every Foyer element and exports their classes and types.
export { FoyerPortal } from './components/portal/portal.ts';
export { FoyerSignIn } from './components/sign-in/sign-in.ts';
export { FoyerCodeInput } from './components/code-input/code-input.ts';
export { FoyerFileList } from './components/file-list/file-list.ts';
export { FoyerUpload } from './components/upload/upload.ts';
export { FoyerRequests } from './components/requests/requests.ts';
export { FoyerRequest } from './components/requests/request.ts';
export { FoyerRequestItem } from './components/requests/request-item.ts';
export { FoyerFileView } from './components/file-view/file-view.ts';
export { FoyerApproval } from './components/approval/approval.ts';
export { FoyerVerifyEmail } from './components/verify-email/verify-email.ts';
export { FoyerComments } from './components/comments/comments.ts';
export { FoyerActivity } from './components/activity/activity.ts';
export { en as strings, type FoyerStrings } from './strings.ts';
export type * from './events/index.ts';
