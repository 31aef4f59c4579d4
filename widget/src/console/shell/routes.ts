import { trimTrailingSlashes } from '../shared/trim-slashes.ts';

/** Where the console lives on the service. */
export const BASE = '/console';

/** The pages of the console, from the URL path. */
export type Route =
  | { page: 'dashboard' }
  | { page: 'new-portal' }
  | { page: 'portal'; id: string }
  | { page: 'requests'; templates: boolean }
  | { page: 'settings'; tab: string | undefined }
  | { page: 'verify' }
  | { page: 'not-found' };

/**
 * The page a path shows: `/console`, `/console/portals/new`, `/console/portals/prt_…`, `/console/requests[/templates]`,
 * `/console/settings[/tab]`, `/console/verify`.
 */
export function routeOf(pathname: string): Route {
  const path = trimTrailingSlashes(pathname);
  if (path === BASE || path === '') return { page: 'dashboard' };
  if (!path.startsWith(`${BASE}/`)) return { page: 'not-found' };
  const [first, second, ...rest] = path.slice(BASE.length + 1).split('/');
  if (rest.length) return { page: 'not-found' };
  if (first === 'verify' && !second) return { page: 'verify' };
  if (first === 'settings') return { page: 'settings', tab: second };
  if (first === 'requests' && (!second || second === 'templates')) return { page: 'requests', templates: !!second };
  if (first === 'portals' && second === 'new') return { page: 'new-portal' };
  if (first === 'portals' && second && /^prt_[0-9a-z]{32}$/.test(second)) return { page: 'portal', id: second };
  return { page: 'not-found' };
}
