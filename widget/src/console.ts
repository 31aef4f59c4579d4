// The console's entry (`/console.js`, its own build: `<foyer-portal>`'s /widget.js does not grow): defines
// `<foyer-console>` with its sign-in and the dashboard. The other pages — a portal's page, new portal, document
// requests, settings — are defined when the console first shows them (chunks of their own), so only their
// types are exported here.
export { FoyerConsole } from './console/shell/console.ts';
export { FoyerConsoleSignIn } from './console/sign-in/sign-in.ts';
export { FoyerConsoleDashboard } from './console/dashboard/dashboard.ts';
export type { FoyerConsoleNewPortal } from './console/new-portal/new-portal.ts';
export type { FoyerConsoleSettings } from './console/settings/settings.ts';
export type { FoyerConsoleRequests } from './console/requests/requests.ts';
export type { FoyerConsolePortal, ConsolePortalStrings } from './console/portal/index.ts';
export type { FoyerConsoleCopy } from './console/shared/copy-button.ts';
export { consoleEn as consoleStrings, type ConsoleStrings } from './console/shared/strings.ts';
export type * from './console/shared/events.ts';
