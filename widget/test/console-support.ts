// Helpers for the console's browser tests: describe a workspace to the fake API (test/fake-api/console.ts),
// mount <foyer-console> at a path, build the contract's objects, take screenshots at 1280 and 360 px.
import { fixture, html } from '@open-wc/testing';
import type { Schema } from '@foyer/sdk';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../src/console.ts';
import type { FoyerConsole } from '../src/console/shell/console.component.ts';
import type { ConsoleCall, ConsoleScenario } from './fake-api/console-scenario.ts';
import { fakeId } from './fake-api/scenario.ts';
import './support.ts';

export { USER_CODE, USER_LINK_TOKEN, csrfValue } from './fake-api/console-scenario.ts';
export type { ConsoleCall, ConsoleScenario };

/** The address the test page had: each test's console path is undone to it. */
const home = location.pathname + location.search;
afterEach(() => {
  history.replaceState(null, '', home);
  document.title = '';
});

function randomKey(): string {
  const chars = '0123456789abcdefghijklmnopqrstuvwxyz';
  return Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => chars[b % 36]).join('');
}

export interface Registered {
  key: string;
  workspaceId: string;
  /** The signed-in user's `us_…` token (the console itself never sees it: it is in the HttpOnly cookie). */
  token: string;
}

/** Registers a workspace with the fake API; unless `signedIn: false`, the answer sets the session cookies. */
export async function consoleScenario(s: ConsoleScenario = {}): Promise<Registered> {
  const key = randomKey();
  const res = await fetch(`/__fake/console/${key}`, { method: 'PUT', body: JSON.stringify(s) });
  const { token } = (await res.json()) as { token: string };
  return { key, workspaceId: `wsp_${key}`, token };
}

/** Changes a registered workspace (its portals, failures, delays…), as if things happened elsewhere. */
export async function changeScenario(key: string, s: ConsoleScenario): Promise<void> {
  await fetch(`/__fake/console/${key}`, { method: 'PATCH', body: JSON.stringify(s) });
}

/** What the fake knows of the workspace now: its users, portals, keys… and every call the console made. */
export async function consoleState(key: string): Promise<{ calls: ConsoleCall[]; codesFor: string[] } & Required<ConsoleScenario>> {
  return (await (await fetch(`/__fake/console/${key}`)).json()) as { calls: ConsoleCall[]; codesFor: string[] } & Required<ConsoleScenario>;
}

/** The calls of one operation, oldest first. */
export async function callsOf(key: string, operationId: string): Promise<ConsoleCall[]> {
  return (await consoleState(key)).calls.filter((c) => c.operationId === operationId);
}

/** Mounts `<foyer-console>` with the browser at `path` (the console routes by the address). */
export async function mountConsole(path = '/console'): Promise<FoyerConsole> {
  history.replaceState(null, '', path);
  return fixture<FoyerConsole>(html`<foyer-console></foyer-console>`);
}

const iso = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

export function user(n: number, overrides: Partial<Schema<'User'>> = {}): Schema<'User'> {
  return {
    id: fakeId('usr', 500 + n),
    email: `user${n}@acme.test`,
    name: `User ${n}`,
    role: 'staff',
    status: 'active',
    notifications: { muted: false, muted_portal_ids: [] },
    last_sign_in_at: iso(90),
    created_at: '2026-01-05T09:00:00.000Z',
    updated_at: '2026-01-05T09:00:00.000Z',
    ...overrides,
  };
}

/** Olive, the workspace's owner (the signed-in user unless a test says otherwise). */
export const olive = (overrides: Partial<Schema<'User'>> = {}) =>
  user(0, { email: 'olive@acme.test', name: 'Olive Owner', role: 'owner', ...overrides });

/** A portal on the dashboard: `n` orders them (1 is the most recent activity). */
export function summary(
  n: number,
  overrides: Partial<Omit<Schema<'PortalSummary'>, 'portal'>> & { portal?: Partial<Schema<'Portal'>> } = {},
): Schema<'PortalSummary'> {
  const id = fakeId('prt', 9000 + n);
  const { portal, ...rest } = overrides;
  return {
    portal: {
      id,
      name: `Portal ${n}`,
      client_name: `Client ${n}`,
      access_mode: 'verified',
      status: 'active',
      client_uploads: true,
      url: `http://localhost/p/${id}`,
      requests: { open_items: 0, submitted_items: 0, overdue_items: 0, next_due_at: null },
      created_at: iso(10_000 + n),
      updated_at: iso(n),
      ...portal,
    },
    client_emails: [`client${n}@example.com`],
    member_count: 1,
    last_activity_at: iso(n * 7),
    seen_at: null,
    state: 'done',
    waiting: { new_uploads: 0, unanswered_comments: 0, pending_approvals: 0, overdue_approvals: 0 },
    ...rest,
  };
}

/** Desktop (1280 px) and phone (360 px) screenshots: .test-output/screenshots/console-<name>-desktop|phone.png. */
export async function consoleScreenshots(name: string): Promise<void> {
  for (const [suffix, width, height] of [
    ['desktop', 1280, 860],
    ['phone', 360, 780],
  ] as const) {
    await setViewport({ width, height });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 150)));
    await executeServerCommand('screenshot', { name: `console-${name}-${suffix}` });
  }
  await setViewport({ width: 1280, height: 860 });
}
