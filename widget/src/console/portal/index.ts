// Importing this module defines `<foyer-console-portal>` and the elements of its tabs (the console's entry,
// src/console.ts, does). The Copy buttons are the console's `<foyer-console-copy>`.
import '../shared/copy-button.ts';
import { FoyerConsolePortalActivity } from './activity-tab.component.ts';
import { FoyerConsolePortalApprovalRequest } from './approval-request.component.ts';
import { FoyerConsolePortalApprovals } from './approvals-tab.component.ts';
import { FoyerConsolePortalComments } from './comments.component.ts';
import { FoyerConsolePortal } from './console-portal.component.ts';
import { FoyerConsolePortalFile } from './file-detail.component.ts';
import { FoyerConsolePortalFiles } from './files-tab.component.ts';
import { FoyerConsolePortalMembers } from './members-tab.component.ts';
import { FoyerConsolePortalRequests } from './requests-tab.component.ts';
import { FoyerConsolePortalSettings } from './settings-tab.component.ts';

export { FoyerConsolePortal };
export { portalStrings, type ConsolePortalStrings } from './strings.ts';

const elements = {
  'foyer-console-portal': FoyerConsolePortal,
  'foyer-console-portal-files': FoyerConsolePortalFiles,
  'foyer-console-portal-file': FoyerConsolePortalFile,
  'foyer-console-portal-approval-request': FoyerConsolePortalApprovalRequest,
  'foyer-console-portal-comments': FoyerConsolePortalComments,
  'foyer-console-portal-requests': FoyerConsolePortalRequests,
  'foyer-console-portal-approvals': FoyerConsolePortalApprovals,
  'foyer-console-portal-members': FoyerConsolePortalMembers,
  'foyer-console-portal-activity': FoyerConsolePortalActivity,
  'foyer-console-portal-settings': FoyerConsolePortalSettings,
};
for (const [tag, element] of Object.entries(elements)) if (!customElements.get(tag)) customElements.define(tag, element);

declare global {
  interface HTMLElementTagNameMap {
    'foyer-console-portal': FoyerConsolePortal;
    'foyer-console-portal-files': FoyerConsolePortalFiles;
    'foyer-console-portal-file': FoyerConsolePortalFile;
    'foyer-console-portal-approval-request': FoyerConsolePortalApprovalRequest;
    'foyer-console-portal-comments': FoyerConsolePortalComments;
    'foyer-console-portal-requests': FoyerConsolePortalRequests;
    'foyer-console-portal-approvals': FoyerConsolePortalApprovals;
    'foyer-console-portal-members': FoyerConsolePortalMembers;
    'foyer-console-portal-activity': FoyerConsolePortalActivity;
    'foyer-console-portal-settings': FoyerConsolePortalSettings;
  }
}
