import { fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { expect } from '../../../test/expect.ts';
import { callsOf, changeScenario, consoleScenario, consoleScreenshots, mountConsole, summary } from '../../../test/console-support.ts';
import { button, deepAll, deepQuery, deepText, expectAccessible, waitForText } from '../../../test/support.ts';
import { AutoRefresh } from '../shared/refresh.ts';
import type { FoyerConsole } from '../shell/console.component.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rows(el: FoyerConsole): string[] {
  return deepAll(el, 'li.portal .title').map((a) => a.textContent?.trim() ?? '');
}

const busy = [
  summary(1, {
    portal: { name: '2026 tax return', client_name: 'Dana Whitfield' },
    client_emails: ['dana@client.test', 'sam@client.test'],
    member_count: 3,
    state: 'waiting_on_us',
    waiting: { new_uploads: 2, unanswered_comments: 1, pending_approvals: 1, overdue_approvals: 1 },
  }),
  summary(2, {
    portal: { name: 'Payroll Q3', client_name: 'Miller GmbH' },
    state: 'waiting_on_client',
    waiting: { new_uploads: 0, unanswered_comments: 0, pending_approvals: 2, overdue_approvals: 0 },
  }),
  summary(3, { portal: { name: 'Bookkeeping 2025' }, state: 'done' }),
  summary(4, { portal: { name: 'Old audit', status: 'archived' }, state: 'archived' }),
];

describe('<foyer-console-dashboard>', () => {
  it('should list every portal with its client, last activity and what waits, latest activity first', async () => {
    await consoleScenario({ portals: busy });
    const el = await mountConsole('/console');
    await waitForText(el, '2026 tax return');
    expect(rows(el)).to.deep.equal(['2026 tax return', 'Payroll Q3', 'Bookkeeping 2025']);
    const text = deepText(el);
    for (const piece of [
      'Dana Whitfield · dana@client.test, sam@client.test +1 more',
      '2 new uploads',
      '1 unanswered comment',
      '1 pending approval',
      '1 overdue',
      '2 pending approvals',
    ])
      expect(text).to.contain(piece);
    expect(text).to.match(/Active \d+ minutes? ago/);
    // Counts of every state, beside the filters.
    const filters = deepAll(el, 'button.filter').map((b) => b.textContent?.replace(/\s+/g, ' ').trim());
    expect(filters).to.deep.equal(['All active 3', 'Waiting on you 1', 'Waiting on client 1', 'Done 1', 'Archived 1']);
    expect(deepQuery(el, `a[href="/console/portals/${busy[0]!.portal.id}"]`)).to.be.instanceOf(HTMLAnchorElement);
    await expectAccessible(el);
    await consoleScreenshots('dashboard');
  });

  it("should show what each portal's document requests wait for", async () => {
    await consoleScenario({
      portals: [
        summary(1, {
          portal: { name: '2026 tax return', requests: { open_items: 4, submitted_items: 3, overdue_items: 2, next_due_at: null } },
        }),
        summary(2, {
          portal: { name: 'Payroll Q3', requests: { open_items: 1, submitted_items: 0, overdue_items: 0, next_due_at: null } },
        }),
      ],
    });
    const el = await mountConsole('/console');
    await waitForText(el, '2026 tax return');
    const [first, second] = deepAll(el, 'ul.badges').map((ul) => deepText(ul).trim());
    expect(first).to.equal('3 items to review 2 items overdue 4 items awaited');
    expect(second).to.equal('1 item awaited');
    await expectAccessible(el);
  });

  it('should keep to the dark scheme and reduced motion', async () => {
    await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    try {
      await consoleScenario({ portals: busy });
      const el = await mountConsole('/console');
      await waitForText(el, '2026 tax return');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(17, 19, 24)');
      await expectAccessible(el);
      await consoleScreenshots('dashboard-dark');
    } finally {
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    }
  });

  it('should show a loading state', async () => {
    await consoleScenario({ portals: busy, delays: { getDashboard: 800 } });
    const el = await mountConsole('/console');
    await waitForText(el, 'Loading…');
    await waitForText(el, 'New portal');
    await expectAccessible(el);
    await consoleScreenshots('dashboard-loading');
    await waitForText(el, '2026 tax return');
  });

  it('should invite to create the first portal when there is none', async () => {
    await consoleScenario({});
    const el = await mountConsole('/console');
    await waitForText(el, 'No portals yet');
    expect(deepAll(el, 'a[href="/console/portals/new"]')).to.have.length(2);
    await expectAccessible(el);
    await consoleScreenshots('dashboard-empty');
  });

  it('should show an error with Try again', async () => {
    const { key } = await consoleScenario({ portals: busy, failures: { getDashboard: 500 } });
    const el = await mountConsole('/console');
    await waitForText(el, 'Something went wrong');
    await expectAccessible(el);
    await consoleScreenshots('dashboard-error');
    await changeScenario(key, { failures: {} });
    button(el, 'Try again').click();
    await waitForText(el, '2026 tax return');
  });

  it('should search with q once the typing pauses, keeping it in the address', async () => {
    const { key } = await consoleScenario({ portals: busy });
    const el = await mountConsole('/console');
    await waitForText(el, '2026 tax return');
    const search = deepQuery<HTMLInputElement>(el, 'input[type=search]')!;
    for (const typed of ['m', 'mi', 'mil', 'mill']) {
      search.value = typed;
      search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await sleep(40);
    }
    await waitForText(el, 'All active 1');
    expect(rows(el)).to.deep.equal(['Payroll Q3']);
    const queries = (await callsOf(key, 'getDashboard')).map((c) => c.query.q);
    expect(queries).to.deep.equal([undefined, 'mill']);
    expect(location.search).to.equal('?q=mill');
    search.value = 'nobody';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitForText(el, 'No portals match “nobody”.');
    await expectAccessible(el);
    await consoleScreenshots('dashboard-no-match');
  });

  it('should filter by state with the filter buttons', async () => {
    const { key } = await consoleScenario({ portals: busy });
    const el = await mountConsole('/console');
    await waitForText(el, '2026 tax return');
    button(el, /^Archived/).click();
    await waitForText(el, 'Old audit');
    expect(rows(el)).to.deep.equal(['Old audit']);
    expect(button(el, /^Archived/).getAttribute('aria-pressed')).to.equal('true');
    button(el, /^Waiting on client/).click();
    await waitForText(el, 'Miller GmbH');
    expect(rows(el)).to.deep.equal(['Payroll Q3']);
    expect((await callsOf(key, 'getDashboard')).map((c) => c.query.filter)).to.deep.equal([undefined, 'archived', 'waiting_on_client']);
    expect(location.search).to.equal('?filter=waiting_on_client');
  });

  it('should start from the search and filter in the address', async () => {
    const { key } = await consoleScenario({ portals: busy });
    const el = await mountConsole('/console?filter=waiting_on_us&q=dana');
    await waitForText(el, '2026 tax return');
    expect(rows(el)).to.deep.equal(['2026 tax return']);
    expect(deepQuery<HTMLInputElement>(el, 'input[type=search]')!.value).to.equal('dana');
    const [call] = await callsOf(key, 'getDashboard');
    expect(call!.query).to.include({ q: 'dana', filter: 'waiting_on_us' });
  });

  it('should load more, 25 at a time', async () => {
    const many = Array.from({ length: 30 }, (_, i) => summary(i + 1));
    const { key } = await consoleScenario({ portals: many });
    const el = await mountConsole('/console');
    await waitForText(el, 'Portal 1');
    expect(rows(el)).to.have.length(25);
    button(el, /Load more/).click();
    await waitForText(el, 'Portal 30');
    expect(rows(el)).to.have.length(30);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The focus moves on to the first portal that came in.
    expect(deepQuery(el, 'foyer-console-dashboard')!.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Portal 26');
    expect(() => button(el, /Load more/)).to.throw();
    const calls = await callsOf(key, 'getDashboard');
    expect(calls.map((c) => c.query.cursor)).to.deep.equal([undefined, '25']);
  });

  it('should refresh itself when the window regains focus, showing what changed', async () => {
    const { key } = await consoleScenario({ portals: busy.slice(1) });
    const el = await mountConsole('/console');
    await waitForText(el, 'Payroll Q3');
    await changeScenario(key, { portals: busy });
    window.dispatchEvent(new Event('focus'));
    await waitForText(el, '2 new uploads');
    expect(rows(el)[0]).to.equal('2026 tax return');
  });
});

class Ticking extends LitElement {
  count = 0;
  constructor() {
    super();
    new AutoRefresh(this, () => this.count++, 60);
  }
}
customElements.define('test-ticking', Ticking);

describe('AutoRefresh', () => {
  it('should run on its interval while the page is visible, not while it is hidden, and stop when removed', async () => {
    const el = await fixture<Ticking>(html`<test-ticking></test-ticking>`);
    await sleep(200);
    expect(el.count).to.be.greaterThan(1);
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    const before = el.count;
    try {
      await sleep(200);
      expect(el.count).to.equal(before);
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    expect(el.count).to.equal(before + 1);
    el.remove();
    const after = el.count;
    await sleep(150);
    expect(el.count).to.equal(after);
  });
});
