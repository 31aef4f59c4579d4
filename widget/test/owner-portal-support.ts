// Helpers for the browser tests of the console's portal page: describe the portal to the fake API
// (test/fake-api/owner-portal.ts), mount `<foyer-console-portal>` with an SDK client holding the owner's
// user-session token (the console itself uses the cookie; the fake takes the token), read back what the
// fake received, and take screenshots at desktop and phone widths.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { Foyer, type Me, type OperationId, type Schema } from '@foyer/sdk';
import { executeServerCommand, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/console/portal/index.ts';
import type { FoyerConsolePortal } from '../src/console/portal/console-portal.component.ts';
import { expect } from './expect.ts';
import { ownerToken, type OwnerCall, type OwnerPortalScenario } from './fake-api/owner-portal-scenario.ts';
import { fakeId } from './fake-api/scenario.ts';
import { randomPortalId } from './support.ts';

export { button, deepAll, deepQuery, deepText, expectAccessible, waitForText } from './support.ts';

// Every answer the owner-portal fake gave during a test must keep to openapi.yaml.
afterEach(async () => {
  const violations = (await (await fetch('/__fake/owner-portals/violations')).json()) as string[];
  expect(violations.join('\n'), 'answers of the fake API that break openapi.yaml').to.equal('');
});

/** `GET /v1/me` of the owner who looks at the page: a user session. */
export const ME: Me = {
  kind: 'user',
  workspace_id: fakeId('wsp', 1),
  user: {
    id: fakeId('usr', 1),
    email: 'olivia@acme.test',
    name: 'Olivia Owner',
    role: 'owner',
    status: 'active',
    notifications: { muted: false, muted_portal_ids: [] },
    last_sign_in_at: '2026-11-20T09:00:00.000Z',
    created_at: '2026-01-05T09:00:00.000Z',
    updated_at: '2026-01-05T09:00:00.000Z',
  },
};

export const DANA = {
  email: 'dana@client.test',
  name: 'Dana Whitfield',
  devices: ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Chrome/131.0 Safari/537.36'],
};

/** Describes a portal to the fake; answers its id and the ids of its files and members, in order. */
export async function ownerScenario(s: OwnerPortalScenario = {}): Promise<{ portalId: string; fileIds: string[]; memberIds: string[] }> {
  const portalId = randomPortalId();
  const res = await fetch(`/__fake/owner-portals/${portalId}`, { method: 'PUT', body: JSON.stringify(s) });
  const { files, members } = (await res.json()) as { files: string[]; members: string[] };
  return { portalId, fileIds: files, memberIds: members };
}

export interface OwnerState {
  portal: Schema<'Portal'>;
  deleted: boolean;
  seen: number;
  files: Schema<'File'>[];
  members: Schema<'Member'>[];
  sessions: Schema<'Session'>[];
  approvals: Schema<'ApprovalRequest'>[];
  calls: OwnerCall[];
  counts: Partial<Record<OperationId, number>>;
}

/** What the fake holds now, and the calls it received. */
export async function ownerState(portalId: string): Promise<OwnerState> {
  return (await (await fetch(`/__fake/owner-portals/${portalId}`)).json()) as OwnerState;
}

/** Plays the client: the first member decides on the file's latest pending approval request. */
export async function clientDecides(portalId: string, file: string, decision: 'approve' | 'request_changes' = 'approve'): Promise<void> {
  await fetch(`/__fake/owner-portals/${portalId}/decide`, { method: 'POST', body: JSON.stringify({ file, decision }) });
}

/** An SDK client with the portal's owner token; no retries, so an error state shows at once. */
export function ownerClient(portalId: string): Foyer {
  return new Foyer({ baseUrl: location.origin, sessionToken: ownerToken(portalId), maxRetries: 0 });
}

export async function mountPage(
  portalId: string,
  options: { tab?: string; refreshInterval?: number; me?: Me } = {},
): Promise<FoyerConsolePortal> {
  return fixture<FoyerConsolePortal>(html`<foyer-console-portal
    .client=${ownerClient(portalId)}
    .me=${options.me ?? ME}
    portal-id=${portalId}
    tab=${options.tab ?? 'files'}
    refresh-interval=${options.refreshInterval ?? 60_000}
  ></foyer-console-portal>`);
}

/** The open tab's element (`foyer-console-portal-<tab>`), once the portal has loaded. */
export async function tabOf<K extends keyof HTMLElementTagNameMap>(page: FoyerConsolePortal, tag: K): Promise<HTMLElementTagNameMap[K]> {
  await waitUntil(() => page.shadowRoot!.querySelector(tag), `${tag} is not shown`);
  return page.shadowRoot!.querySelector(tag)!;
}

/**
 * Screenshots of the page as it is now at 1280 and 360 px wide
 * (`.test-output/screenshots/console-portal-<name>-desktop|phone.png`).
 */
export async function screenshots(name: string): Promise<void> {
  for (const [suffix, width, height] of [
    ['desktop', 1280, 900],
    ['phone', 360, 780],
  ] as const) {
    await setViewport({ width, height });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 150)));
    await executeServerCommand('screenshot', { name: `console-portal-${name}-${suffix}` });
  }
  await setViewport({ width: 1280, height: 900 });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Lets the page use the Clipboard API (or, with `false`, refuses it again, Chromium's default here). */
export async function allowClipboard(grant: boolean): Promise<void> {
  await executeServerCommand('clipboard', { grant });
}

/** A real click (with user activation) in the middle of the element. */
export async function realClick(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  const box = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}
