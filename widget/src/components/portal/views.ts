// What <foyer-portal> shows once someone is signed in: the files (with the document requests above them), a
// file's view and the activity, and the SDK's client they call it with. The portal loads this module with a
// dynamic import(), so the build puts it in a chunk of its own and the sign-in screen never waits for it.
import '../activity/activity.ts';
import '../file-list/file-list.ts';
import '../file-view/file-view.ts';
import '../requests/requests.ts';

export { ClientFoyer } from '@foyer/sdk';
export { signedInFrame } from './frame.ts';
export { viewsEn } from '../../strings-views.ts';
