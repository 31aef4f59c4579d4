// Helpers for the browser tests of the console's portal page: describe a workspace with one portal and its
// contents to the fake API (test/fake-api/console-portal.ts), open `/console/portals/prt_…` in
// `<foyer-console>` (the real shell, signed in with the session cookie), read back what the fake holds and
// what the page sent, and play the client deciding on an approval request.
import { waitUntil } from '@open-wc/testing';
import type { OperationId, Schema } from '@foyer/sdk';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import type { FoyerConsolePortal } from '../src/console/portal/console-portal.component.ts';
import {
  callsOf,
  changeScenario,
  consoleScenario,
  consoleState,
  mountConsole,
  olive,
  summary,
  type ConsoleCall,
} from './console-support.ts';
import type { FailureStatus } from './fake-api/console-scenario.ts';
import type { PageApproval, PageComment, PageFile, PortalPageState } from './fake-api/console-portal-scenario.ts';
import { fakeId } from './fake-api/scenario.ts';
import { deepQuery } from './support.ts';

export { button, deepAll, deepQuery, deepText, expectAccessible, linksFollowedBy, requestLog, setPreview, waitForText } from './support.ts';
export { callsOf, changeScenario, consoleScreenshots as screenshots, consoleState, olive } from './console-support.ts';

export interface MemberSpec {
  email: string;
  name?: string | null;
  status?: 'active' | 'revoked';
  verified?: boolean;
  /** The language of their emails, as the business chose it. */
  locale?: 'en' | 'de' | 'fr' | 'es' | 'nl';
  /** User agents of the devices signed in. */
  devices?: string[];
}

export interface PortalScenario {
  portal?: Partial<Schema<'Portal'>>;
  members?: MemberSpec[];
  files?: PageFile[];
  approvals?: PageApproval[];
  comments?: PageComment[];
  events?: Schema<'Event'>[];
  failures?: Partial<Record<OperationId, FailureStatus>>;
  delays?: Partial<Record<OperationId, number>>;
  /** More of the workspace's state, for other fake-API modules (e.g. `requests`, `templates`). */
  extra?: Record<string, unknown>;
  /** The signed-in user's role (Olive's): `owner` unless a test says otherwise. */
  role?: Schema<'User'>['role'];
}

export interface Registered {
  key: string;
  portalId: string;
  memberIds: string[];
}

export const DANA: MemberSpec = {
  email: 'dana@client.test',
  name: 'Dana Whitfield',
  devices: ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Chrome/131.0 Safari/537.36'],
};

/** A number no other test used: for ids that must not meet another test's. */
export const unique = (): number => Math.floor(Math.random() * 1e12);

/** Registers a workspace (Olive, its owner, signed in) with one portal, its members and contents. */
export async function portalScenario(s: PortalScenario = {}): Promise<Registered> {
  const portalId = s.portal?.id ?? fakeId('prt', unique());
  const portal = summary(1, {
    portal: { id: portalId, url: `http://localhost/p/${portalId}`, name: '2026 tax return', client_name: 'Dana Whitfield', ...s.portal },
  });
  const members: Schema<'Member'>[] = (s.members ?? []).map((m) => ({
    id: fakeId('mem', unique()),
    portal_id: portalId,
    email: m.email,
    name: m.name ?? null,
    status: m.status ?? 'active',
    verified: m.verified ?? true,
    notifications: 'all',
    locale: m.locale ?? null,
    locale_source: m.locale ? 'owner' : null,
    last_seen_at: m.devices?.length ? new Date().toISOString() : null,
    created_at: '2026-01-05T09:00:00.000Z',
  }));
  const devices = Object.fromEntries((s.members ?? []).map((m) => [m.email, m.devices ?? []]));
  const { key } = await consoleScenario({
    users: [olive(s.role ? { role: s.role } : {})],
    portals: [portal],
    members: { [portalId]: members },
    failures: s.failures,
    delays: s.delays,
    extra: {
      ...s.extra,
      portalPages: { [portalId]: { files: s.files, approvals: s.approvals, comments: s.comments, events: s.events, devices } },
    },
  });
  return { key, portalId, memberIds: members.map((m) => m.id) };
}

export interface PageState extends PortalPageState {
  portal: Schema<'Portal'> | undefined;
  members: Schema<'Member'>[];
  calls: ConsoleCall[];
}

/** What the fake holds of the portal now, and every call the console made. */
export async function pageState({ key, portalId }: Registered): Promise<PageState> {
  const ws = await consoleState(key);
  const extra = ws.extra as { pages?: Record<string, PortalPageState> };
  const contents = extra.pages?.[portalId] ?? { files: [], versions: {}, comments: [], approvals: [], sessions: [], events: [] };
  return {
    ...contents,
    portal: ws.portals.find((p) => p.portal.id === portalId)?.portal,
    members: ws.members[portalId] ?? [],
    calls: (ws as unknown as { calls: ConsoleCall[] }).calls,
  };
}

/** The bodies the page sent with one operation, oldest first. */
export async function bodiesOf({ key }: Registered, operationId: OperationId): Promise<unknown[]> {
  return (await callsOf(key, operationId)).map((c) => c.body);
}

/** Plays the client: the portal's first member decides on the file's latest pending approval request. */
export async function clientDecides(
  registered: Registered,
  fileName: string,
  kind: 'approve' | 'request_changes' = 'approve',
): Promise<void> {
  const ws = await consoleState(registered.key);
  const extra = ws.extra as { pages: Record<string, PortalPageState> };
  const state = extra.pages[registered.portalId]!;
  const file = state.files.find((f) => f.name === fileName)!;
  const request = state.approvals.filter((r) => r.file_id === file.id && r.status === 'pending').at(-1)!;
  const member = ws.members[registered.portalId]![0]!;
  request.decisions.push({
    id: fakeId('dec', unique()),
    member_id: member.id,
    email: member.email,
    decision: kind,
    note: null,
    version: request.version,
    sha256: request.sha256,
    sign_in_method: 'code',
    ip: '203.0.113.9',
    user_agent: null,
    created_at: new Date().toISOString(),
  });
  request.status = kind === 'approve' ? 'approved' : 'changes_requested';
  file.approval = { request_id: request.id, status: request.status, version: request.version, due_at: request.due_at };
  await changeScenario(registered.key, { extra });
}

/** Opens the portal's page in the console (`/console/portals/prt_…`, with `?tab=` when given); answers the page. */
export async function mountPage(
  { portalId }: Registered,
  options: { tab?: string; refreshInterval?: number } = {},
): Promise<FoyerConsolePortal> {
  const consoleEl = await mountConsole(`/console/portals/${portalId}${options.tab ? `?tab=${options.tab}` : ''}`);
  await waitUntil(() => deepQuery(consoleEl, 'foyer-console-portal'), 'the console did not show the portal page', { timeout: 5000 });
  const page = deepQuery<FoyerConsolePortal>(consoleEl, 'foyer-console-portal')!;
  if (options.refreshInterval) page.refreshInterval = options.refreshInterval;
  return page;
}

/** The open tab's element (`foyer-console-portal-<tab>`), once the portal has loaded. */
export async function tabOf<K extends keyof HTMLElementTagNameMap>(page: FoyerConsolePortal, tag: K): Promise<HTMLElementTagNameMap[K]> {
  await waitUntil(() => page.shadowRoot!.querySelector(tag), `${tag} is not shown`);
  return page.shadowRoot!.querySelector(tag)!;
}

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

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
