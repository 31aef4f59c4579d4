import type { User, WorkspaceOption } from '@foyer/sdk';
import type { FoyerErrorEvent } from '../../events/error.ts';

/**
 * `foyer-console-navigate`: go to another page of the console, e.g. `{ path: '/console/portals/prt_…' }`. Any
 * element inside `<foyer-console>` dispatches it (bubbling, composed); the console pushes the path onto the
 * browser's history and shows that page.
 */
export type FoyerConsoleNavigateEvent = CustomEvent<{ path: string }>;

/** `foyer-console-signed-in`: a user signed in to the console (the session itself is an HttpOnly cookie). */
export type FoyerConsoleSignedInEvent = CustomEvent<{ user: User; workspace: WorkspaceOption }>;

/** `foyer-console-signed-out`: the console's session ended: signed out here (`user`) or refused by the service (`expired`). */
export type FoyerConsoleSignedOutEvent = CustomEvent<{ reason: 'user' | 'expired' }>;

/** Every public event of `<foyer-console>`, by name. */
export interface FoyerConsoleEventMap {
  'foyer-console-navigate': FoyerConsoleNavigateEvent;
  'foyer-console-signed-in': FoyerConsoleSignedInEvent;
  'foyer-console-signed-out': FoyerConsoleSignedOutEvent;
  'foyer-error': FoyerErrorEvent;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'foyer-console-navigate': FoyerConsoleNavigateEvent;
    'foyer-console-signed-in': FoyerConsoleSignedInEvent;
    'foyer-console-signed-out': FoyerConsoleSignedOutEvent;
  }
}

/** Dispatches a public console event: bubbling and composed, so it leaves the shadow roots. */
export function emitConsole<K extends keyof FoyerConsoleEventMap>(
  target: EventTarget,
  name: K,
  detail: FoyerConsoleEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/** Asks the console to show `path` (e.g. `/console/settings/users`). */
export function navigate(target: EventTarget, path: string): void {
  emitConsole(target, 'foyer-console-navigate', { path });
}

/**
 * For the click on an in-app `<a href="/console/…">`: a plain click becomes {@link navigate} (no page load);
 * a click with a modifier key (new tab, new window) is left to the browser.
 */
export function linkClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.currentTarget as HTMLAnchorElement;
  event.preventDefault();
  navigate(link, link.getAttribute('href') ?? '/console');
}
