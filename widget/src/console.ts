// The console's entry (`/console.js`, its own bundle: `<foyer-portal>`'s /widget.js does not grow): defines
// `<foyer-console>` and the elements of its pages, the portal page `<foyer-console-portal>` among them.
export { FoyerConsole } from './console/shell/console.ts';
export { FoyerConsoleSignIn } from './console/sign-in/sign-in.ts';
export { FoyerConsoleDashboard } from './console/dashboard/dashboard.ts';
export { FoyerConsoleNewPortal } from './console/new-portal/new-portal.ts';
export { FoyerConsoleSettings } from './console/settings/settings.ts';
export { FoyerConsoleRequests } from './console/requests/requests.ts';
export { FoyerConsolePortal, portalStrings, type ConsolePortalStrings } from './console/portal/index.ts';
export { FoyerConsoleCopy } from './console/shared/copy-button.ts';
export { embedSnippet } from './console/settings/embed.component.ts';
export { consoleEn as consoleStrings, type ConsoleStrings } from './console/shared/strings.ts';
export type * from './console/shared/events.ts';
