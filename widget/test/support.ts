// Helpers for the browser tests: describe a portal to the fake API (test/fake-api.js), mount
// <foyer-portal> against it, wait for what a person would wait for, and run axe-core.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { expect } from './expect.ts';
import type { Schema } from '@foyer/sdk';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../src/foyer.ts';
import type { FoyerPortal } from '../src/components/portal/portal.component.ts';
import type { PreviewSetting } from './fake-api/previews.ts';
import { fakeId, sessionToken, type Scenario } from './fake-api/scenario.ts';

export { fakeId, sessionToken, type Scenario };

/** The scenario's member (Dana), as the fake answers it. */
export const DANA_ID = fakeId('mem', 7);

// Every answer the fake API gave during a test must keep to openapi.yaml (test/fake-api/contract.ts).
afterEach(async () => {
  const violations = (await (await fetch('/__fake/violations')).json()) as string[];
  expect(violations.join('\n'), 'answers of the fake API that break openapi.yaml').to.equal('');
});

/** An approval request on version 2, pending, for everyone (the fake keeps it under its file's name). */
export function approvalRequest(overrides: Partial<Schema<'ApprovalRequest'>> = {}): Schema<'ApprovalRequest'> {
  return {
    id: fakeId('apr', 1),
    file_id: fakeId('fil', 0),
    portal_id: fakeId('prt', 0),
    version: 2,
    sha256: 'a'.repeat(64),
    status: 'pending',
    rule: 'any',
    message: 'Please check the totals on page 3.',
    due_at: '2026-12-15T17:00:00.000Z',
    approvers: [],
    decisions: [],
    created_at: '2026-11-20T10:00:00.000Z',
    updated_at: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

/** An event of the portal's activity, five minutes old. */
export function activityEvent(
  type: string,
  actor: Pick<Schema<'Event'>['actor'], 'kind' | 'id'>,
  data: Schema<'Event'>['data'],
): Schema<'Event'> {
  return {
    id: fakeId('evt', Math.floor(Math.random() * 1e9)),
    type,
    portal_id: null,
    actor: { ...actor, sign_in_method: null },
    target: null,
    data,
    ip: null,
    user_agent: null,
    request_id: null,
    created_at: new Date(Date.now() - 5 * 60_000).toISOString(),
    hash: 'e'.repeat(64),
    prev_hash: '0'.repeat(64),
    hash_version: 3,
  };
}

/** A comment by Dana (the fake sets `file_id`); `n` orders them, oldest first. */
export function comment(n: number, body = `Comment ${n}`): Schema<'Comment'> {
  return {
    id: fakeId('cmt', 1_000_000 + n),
    file_id: fakeId('fil', 0),
    parent_id: null,
    version: null,
    author: { kind: 'member', id: DANA_ID, name: 'Dana Whitfield', email: 'dana@client.test' },
    body,
    deleted: false,
    resolved: false,
    resolved_at: null,
    edited_at: null,
    created_at: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
  };
}

export const API = location.origin;

export function randomPortalId(): string {
  const chars = '0123456789abcdefghijklmnopqrstuvwxyz';
  return `prt_${Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => chars[b % 36]).join('')}`;
}

/** Registers a portal with the fake API; returns its id and its files' ids. */
export async function scenario(s: Scenario = {}): Promise<{ portalId: string; fileIds: string[] }> {
  const portalId = randomPortalId();
  const body = {
    workspace: { name: 'Acme Accounting', branding: { display_name: 'Acme Accounting', logo_url: null, accent_color: '#7c3aed' } },
    member: {
      id: DANA_ID,
      portal_id: portalId,
      email: 'dana@client.test',
      name: 'Dana Whitfield',
      status: 'active',
      verified: true,
      notifications: 'all',
      locale: null,
      locale_source: null,
      last_seen_at: null,
      created_at: new Date().toISOString(),
    },
    ...s,
  } satisfies Scenario;
  const res = await fetch(`/__fake/portals/${portalId}`, { method: 'PUT', body: JSON.stringify(body) });
  const { files } = (await res.json()) as { files: string[] };
  return { portalId, fileIds: files };
}

export async function fakeState(portalId: string): Promise<Record<string, unknown>> {
  return (await (await fetch(`/__fake/portals/${portalId}`)).json()) as Record<string, unknown>;
}

/** A request the fake API was sent (portal's or console's), as `GET /__fake/requests` lists them. */
export interface LoggedRequest {
  method: string;
  url: string;
  authorization: string;
  cookie: boolean;
}

/** The requests sent to the fake API since the log was last emptied; `empty` empties it after reading. */
export async function requestLog(empty = false): Promise<LoggedRequest[]> {
  return (await (await fetch('/__fake/requests', { method: empty ? 'DELETE' : 'GET' })).json()) as LoggedRequest[];
}

/** The ids of the preview images fetched since the log was emptied (`GET /v1/files/…/previews/pvw_…`), in order. */
export async function fetchedPreviews(): Promise<string[]> {
  return (await requestLog()).filter((r) => /\/previews\/pvw_/.test(r.url)).map((r) => r.url.split('/').at(-1)!);
}

/** A lazily loaded preview's pages (`frames`): some were fetched, only those within a screen of the viewport, once each. */
export async function expectOnlyNearPagesFetched(frames: HTMLElement[]): Promise<void> {
  const fetched = await fetchedPreviews();
  const near = frames.filter((f) => f.getBoundingClientRect().top < 2 * innerHeight).map((f) => f.dataset.id);
  expect(fetched.length).to.be.within(1, near.length);
  expect(near.length).to.be.below(frames.length / 2);
  expect(fetched.filter((id) => !near.includes(id))).to.deep.equal([]);
  expect(new Set(fetched).size).to.equal(fetched.length);
}

/** Sets a file's previews in the fake API: their status, the pages rendered and the document's page count. */
export async function setPreview(fileId: string, setting: PreviewSetting): Promise<void> {
  await fetch(`/__fake/previews/${fileId}`, { method: 'PUT', body: JSON.stringify(setting) });
}

export function sessionKeyFor(portalId: string): string {
  return `foyer:session:${API}:${portalId}`;
}

/** Stores a session for the portal, as a previous sign-in would have. */
export function remember(portalId: string): void {
  localStorage.setItem(
    sessionKeyFor(portalId),
    JSON.stringify({ token: sessionToken(portalId), expires_at: new Date(Date.now() + 86400e3).toISOString() }),
  );
}

export async function mount(portalId: string, api = API): Promise<FoyerPortal> {
  return fixture<FoyerPortal>(html`<foyer-portal portal=${portalId} api=${api}></foyer-portal>`);
}

/** The first element matching `selector` anywhere in `root`, shadow roots included. */
export function deepQuery<T extends Element = HTMLElement>(root: Element | ShadowRoot | Document, selector: string): T | null {
  if (root instanceof Element && root.shadowRoot) {
    const inside = deepQuery<T>(root.shadowRoot, selector);
    if (inside) return inside;
  }
  const direct = root.querySelector<T>(selector);
  if (direct) return direct;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const found = deepQuery<T>(el.shadowRoot, selector);
      if (found) return found;
    }
  }
  return null;
}

/** All visible text, shadow roots included. */
export function deepText(root: Element | ShadowRoot): string {
  let text = root instanceof Element && root.shadowRoot ? deepText(root.shadowRoot) : '';
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    else if (node instanceof Element && node.tagName !== 'STYLE' && node.tagName !== 'SCRIPT') text += ' ' + deepText(node);
  }
  return text.replace(/\s+/g, ' ');
}

export async function waitForText(el: Element, text: string | RegExp, timeout = 8000): Promise<void> {
  await waitUntil(
    () => (typeof text === 'string' ? deepText(el).includes(text) : text.test(deepText(el))),
    `text ${String(text)} did not appear; saw: ${deepText(el).slice(0, 400)}`,
    { timeout },
  );
}

export function button(el: Element, name: string | RegExp): HTMLButtonElement {
  const found = deepAll(el, 'button').find((b) => {
    const label = (b.getAttribute('aria-label') ?? b.textContent ?? '').trim().replace(/\s+/g, ' ');
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (!found) throw new Error(`no button ${String(name)}`);
  return found as HTMLButtonElement;
}

export function deepAll(root: Element | ShadowRoot, selector: string): Element[] {
  const out = root instanceof Element && root.shadowRoot ? deepAll(root.shadowRoot, selector) : [];
  out.push(...root.querySelectorAll(selector));
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...deepAll(el.shadowRoot, selector));
  return out;
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** Runs axe-core on the element (shadow DOM included); fails on any serious or critical violation. */
export async function expectAccessible(el: Element): Promise<void> {
  if (!(window as { axe?: unknown }).axe) await import('axe-core/axe.min.js');
  const axe = (window as unknown as { axe: { run(el: Element, options: object): Promise<AxeResult> } }).axe;
  const result = await axe.run(el, { resultTypes: ['violations'] });
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.impact} ${v.id}: ${v.help} — ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
}

/** Desktop and phone-width screenshots of the page as it is now (.test-output/screenshots/<name>-desktop|phone.png). */
export async function screenshots(name: string, phoneWidth = 390): Promise<void> {
  for (const [suffix, width, height] of [
    ['desktop', 1280, 900],
    ['phone', phoneWidth, 844],
  ] as const) {
    await setViewport({ width, height });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 150)));
    await executeServerCommand('screenshot', { name: `${name}-${suffix}` });
  }
  await setViewport({ width: 1280, height: 900 });
}

/** Where a followed link would have gone: its address, target and the name it saves under. */
export interface FollowedLink {
  href: string;
  target: string;
  download: string;
}

/**
 * Runs `act` with links' clicks recorded instead of followed (a new tab, a download: the widget follows a link
 * it made to a blob URL), and answers the links, once `count` were clicked.
 */
export async function linksFollowedBy(act: () => unknown, count = 1): Promise<FollowedLink[]> {
  const followed: FollowedLink[] = [];
  // `click` is HTMLElement's: an own one on HTMLAnchorElement's prototype shadows it until deleted.
  Object.defineProperty(HTMLAnchorElement.prototype, 'click', {
    configurable: true,
    value(this: HTMLAnchorElement) {
      followed.push({ href: this.href, target: this.target, download: this.download });
    },
  });
  try {
    await act();
    await waitUntil(() => followed.length >= count, `${count} link(s) followed`, { timeout: 8000 });
  } finally {
    delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
  }
  return followed;
}
