import type { Schema } from '@foyer/sdk';
import { expect } from '../../../test/expect.ts';
import { fakeId } from '../../../test/fake-api/scenario.ts';
import {
  DANA,
  button,
  deepAll,
  deepQuery,
  deepText,
  expectAccessible,
  mountPage,
  changeScenario,
  consoleState,
  olive,
  portalScenario,
  unique,
  screenshots,
  tabOf,
  waitForText,
} from '../../../test/console-portal-support.ts';

let n = 0;

/** An event of the portal's audit trail, `minutes` old. */
function event(
  type: string,
  actor: Schema<'Event'>['actor'],
  target: Schema<'Event'>['target'],
  data: Record<string, unknown> = {},
  minutes = 5,
): Schema<'Event'> {
  return {
    id: fakeId('evt', ++n),
    type,
    portal_id: null,
    actor,
    target,
    data,
    ip: null,
    user_agent: null,
    request_id: null,
    created_at: new Date(Date.now() - minutes * 60_000).toISOString(),
    hash: 'e'.repeat(64),
    prev_hash: '0'.repeat(64),
    hash_version: 3,
  };
}

/** A portal whose first member is Dana and whose file is return.pdf, with events by Dana, Olive and others. */
async function withEvents(count = 0) {
  const fileId = fakeId('fil', unique());
  const registered = await portalScenario({ members: [DANA], files: [{ id: fileId, name: 'return.pdf' }] });
  const { portalId } = registered;
  const dana = { kind: 'member' as const, id: registered.memberIds[0]!, sign_in_method: 'code' as const };
  const me = { kind: 'user' as const, id: olive().id, email: olive().email, sign_in_method: null };
  const file = { type: 'file', id: fileId };
  const events = [
    event('approval.approved', dana, { type: 'approval_request', id: fakeId('apr', 1) }, { file_id: fileId, version: 1 }, 1),
    event('file.downloaded', dana, file, { version: 1 }, 2),
    event('portal.viewed', dana, { type: 'portal', id: portalId }, {}, 3),
    event('approval.requested', me, { type: 'approval_request', id: fakeId('apr', 1) }, { file_id: fileId }, 4),
    event('file.uploaded', me, file, { name: 'return.pdf' }, 5),
    event(
      'file.deleted',
      { kind: 'owner', id: fakeId('key', 3), sign_in_method: null },
      { type: 'file', id: fakeId('fil', 99) },
      { name: 'old.pdf' },
      6,
    ),
    event('webhook_endpoint.created', { kind: 'system', id: null, sign_in_method: null }, null, {}, 7),
    ...Array.from({ length: count }, (_, i) => event('portal.viewed', dana, { type: 'portal', id: portalId }, {}, 10 + i)),
  ];
  // The events name the members' and files' ids, known once registered: add them before the page opens.
  const { extra } = await consoleState(registered.key);
  (extra as { portalPages: Record<string, { events?: unknown }> }).portalPages[portalId]!.events = events;
  await changeScenario(registered.key, { extra });
  return { registered, dana };
}

describe('<foyer-console-portal-activity>', () => {
  it('should tell what happened in sentences', async () => {
    const { registered } = await withEvents();
    const page = await mountPage(registered, { tab: 'activity' });
    const tab = await tabOf(page, 'foyer-console-portal-activity');
    await waitForText(tab, 'Dana Whitfield approved return.pdf');
    const text = deepText(tab);
    expect(text).to.contain('Dana Whitfield downloaded return.pdf');
    expect(text).to.contain('Dana Whitfield opened the portal');
    expect(text).to.contain('You asked for approval of return.pdf');
    expect(text).to.contain('You uploaded return.pdf');
    expect(text).to.contain('An API key deleted old.pdf');
    expect(text).to.contain('Foyer webhook endpoint created');
    await expectAccessible(page);
    await screenshots('activity');
  });

  it('should tell what happened to document requests', async () => {
    const { registered, dana } = await withEvents();
    const me = { kind: 'user' as const, id: olive().id, email: olive().email, sign_in_method: null };
    const request = { type: 'request', id: fakeId('req', 1) };
    const item = { type: 'request_item', id: fakeId('rqi', 1) };
    const { extra } = await consoleState(registered.key);
    const pages = (extra as { portalPages: Record<string, { events: Schema<'Event'>[]; files: { id?: string }[] }> }).portalPages;
    const fileId = pages[registered.portalId]!.files[0]!.id;
    pages[registered.portalId]!.events = [
      event('request.completed', me, request, { title: '2026 tax documents' }, 1),
      event('request_item.accepted', me, item, { request_id: request.id, title: 'Bank statements' }, 2),
      event('request_item.submitted', dana, item, { request_id: request.id, title: 'Bank statements', file_id: fileId }, 3),
      event('request_item.changes_requested', me, item, { request_id: request.id, title: 'Bank statements' }, 4),
      event('request.created', me, request, { title: '2026 tax documents' }, 5),
    ];
    await changeScenario(registered.key, { extra });
    const page = await mountPage(registered, { tab: 'activity' });
    const tab = await tabOf(page, 'foyer-console-portal-activity');
    await waitForText(tab, 'You completed 2026 tax documents');
    const text = deepText(tab);
    expect(text).to.contain('You accepted Bank statements');
    expect(text).to.contain('Dana Whitfield sent return.pdf');
    expect(text).to.contain('You sent back Bank statements');
    expect(text).to.contain('You asked for 2026 tax documents');
  });

  it('should say when the business’s website signed a client in', async () => {
    const { registered, dana } = await withEvents();
    const { extra } = await consoleState(registered.key);
    const pages = (extra as { portalPages: Record<string, { events: Schema<'Event'>[] }> }).portalPages;
    const member = { type: 'member', id: dana.id };
    // Its API key asked for an embed code (issue 16 §1), and Dana's widget signed in with it.
    pages[registered.portalId]!.events = [
      event('session.created', { ...dana, sign_in_method: 'embed' }, member, { method: 'embed' }, 1),
      event('member.embed_session_created', { kind: 'owner', id: fakeId('key', 3), sign_in_method: null }, member, {}, 2),
      event('session.created', dana, member, { method: 'code' }, 3),
    ];
    await changeScenario(registered.key, { extra });
    const page = await mountPage(registered, { tab: 'activity' });
    const tab = await tabOf(page, 'foyer-console-portal-activity');
    await waitForText(tab, 'Dana Whitfield signed in through your website');
    const text = deepText(tab);
    expect(text).to.contain('An API key gave a website sign-in to Dana Whitfield');
    expect(text).to.match(/Dana Whitfield signed in(?! through)/);
  });

  it('should filter by kind and by person', async () => {
    const { registered, dana } = await withEvents();
    const page = await mountPage(registered, { tab: 'activity' });
    const tab = await tabOf(page, 'foyer-console-portal-activity');
    await waitForText(tab, 'Dana Whitfield approved return.pdf');
    const type = deepQuery<HTMLSelectElement>(tab, '#type')!;
    type.value = 'file.downloaded';
    type.dispatchEvent(new Event('change'));
    await waitForText(tab, /^(?!.*approved).*Dana Whitfield downloaded return\.pdf/);
    type.value = '';
    type.dispatchEvent(new Event('change'));
    const actor = deepQuery<HTMLSelectElement>(tab, '#actor')!;
    expect(Array.from(actor.options, (o) => o.text)).to.deep.equal(['Anyone', 'You', 'Dana Whitfield']);
    actor.value = dana.id;
    actor.dispatchEvent(new Event('change'));
    await waitForText(tab, /^(?!.*You uploaded).*Dana Whitfield opened the portal/);
    expect(deepAll(tab, 'li')).to.have.length(3);
    type.value = 'comment.created';
    type.dispatchEvent(new Event('change'));
    await waitForText(tab, 'No activity matches these filters.');
  });

  it('should load more and keep what was loaded on refresh', async () => {
    const { registered } = await withEvents(40);
    const page = await mountPage(registered, { tab: 'activity' });
    const tab = await tabOf(page, 'foyer-console-portal-activity');
    await waitForText(tab, 'Load more');
    expect(deepAll(tab, 'li')).to.have.length(25);
    button(tab, 'Load more').click();
    await waitForText(tab, /^(?!.*Load more)/);
    expect(deepAll(tab, 'li')).to.have.length(47);
    page.refresh();
    await new Promise((r) => setTimeout(r, 500));
    expect(deepAll(tab, 'li')).to.have.length(47);
  });

  it('should show empty, loading and error states', async () => {
    const registered = await portalScenario({ delays: { listPortalEvents: 1500 } });
    const page = await mountPage(registered, { tab: 'activity' });
    await waitForText(page, 'Loading…');
    await expectAccessible(page);
    await screenshots('activity-loading');
    await waitForText(page, 'Nothing yet');
    await expectAccessible(page);
    await screenshots('activity-empty');
    const broken = await portalScenario({ failures: { listPortalEvents: 500 } });
    const failed = await mountPage(broken, { tab: 'activity' });
    await waitForText(failed, 'Something went wrong');
    await expectAccessible(failed);
    await screenshots('activity-error');
  });
});
