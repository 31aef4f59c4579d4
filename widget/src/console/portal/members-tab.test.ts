import { expect } from '../../../test/expect.ts';
import {
  DANA,
  allowClipboard,
  button,
  deepQuery,
  deepText,
  expectAccessible,
  mountPage,
  pageState,
  portalScenario,
  screenshots,
  sleep,
  tabOf,
  waitForText,
} from '../../../test/console-portal-support.ts';

const SAM = {
  email: 'sam@client.test',
  name: 'Sam Whitfield',
  devices: [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Version/17.0 Mobile Safari/604.1',
    'Mozilla/5.0 (Windows NT 10.0) Firefox/133.0',
  ],
};

async function membersTab(s: Parameters<typeof portalScenario>[0]) {
  const scenario = await portalScenario(s);
  const page = await mountPage(scenario, { tab: 'members' });
  const tab = await tabOf(page, 'foyer-console-portal-members');
  return { ...scenario, page, tab };
}

describe('<foyer-console-portal-members>', () => {
  afterEach(() => allowClipboard(false));

  it('should list members with their devices', async () => {
    const { page, tab } = await membersTab({ members: [DANA, SAM, { email: 'old@client.test', status: 'revoked' }] });
    await waitForText(tab, 'Sam Whitfield');
    const text = deepText(tab);
    expect(text).to.contain('Chrome · macOS');
    expect(text).to.contain('Safari · iPhone');
    expect(text).to.contain('Firefox · Windows');
    expect(text).to.match(/old@client\.test .*Revoked/);
    await expectAccessible(page);
    await screenshots('members');
  });

  it('should invite a member with the invitation email', async () => {
    const { tab, ...registered } = await membersTab({});
    await waitForText(tab, 'No members yet');
    await expectAccessible(tab);
    await screenshots('members-empty');
    deepQuery<HTMLInputElement>(tab, '#email')!.value = 'dana@client.test';
    deepQuery<HTMLInputElement>(tab, '#member-name')!.value = 'Dana Whitfield';
    button(tab, 'Invite').click();
    await waitForText(tab, 'dana@client.test was added.');
    await waitForText(tab, 'Never signed in');
    const call = (await pageState(registered)).calls.find((c) => c.operationId === 'addMember');
    expect(call?.body).to.deep.equal({ email: 'dana@client.test', name: 'Dana Whitfield', send_invite: true });
    expect(deepQuery<HTMLInputElement>(tab, '#email')!.value).to.equal('');
  });

  it('should revoke a member only after confirmation', async () => {
    const { page, tab, ...registered } = await membersTab({ members: [DANA] });
    const { portalId, memberIds } = registered;
    await waitForText(tab, 'Sign out this device');
    button(tab, 'Revoke Dana Whitfield').click();
    await waitForText(tab, 'Revoke Dana Whitfield?');
    await expectAccessible(page);
    await screenshots('members-revoke');
    button(deepQuery(tab, 'dialog')!, 'Cancel').click();
    await sleep(100);
    expect((await pageState(registered)).members[0]!.status).to.equal('active');
    button(tab, 'Revoke Dana Whitfield').click();
    await waitForText(tab, 'Revoke Dana Whitfield?');
    button(deepQuery(tab, 'dialog')!, 'Revoke').click();
    await waitForText(tab, 'Revoked');
    expect(deepQuery(tab, 'dialog')).to.equal(null);
    const state = await pageState(registered);
    expect(state.calls.filter((c) => c.operationId === 'revokeMember').map((c) => c.path)).to.deep.equal([
      `/v1/portals/${portalId}/members/${memberIds[0]}`,
    ]);
    expect(state.sessions).to.have.length(0);
  });

  it('should sign out one device', async () => {
    const { tab, ...registered } = await membersTab({ members: [SAM] });
    await waitForText(tab, 'Firefox · Windows');
    button(tab, 'Sign out this device').click();
    await waitForText(tab, 'Firefox · Windows');
    await sleep(300);
    expect((await pageState(registered)).sessions.map((s) => s.user_agent)).to.deep.equal([SAM.devices[1]]);
    expect(deepText(tab)).not.to.contain('Safari · iPhone');
  });

  it('should show a one-time sign-in link once, with Copy', async () => {
    const { page, tab } = await membersTab({ members: [DANA] });
    await waitForText(tab, 'Create sign-in link');
    button(tab, 'Create sign-in link').click();
    await waitForText(tab, 'Sign-in link for Dana Whitfield');
    const input = deepQuery<HTMLInputElement>(tab, '#link')!;
    expect(input.value).to.match(/\/verify#token=[A-Za-z0-9_-]{43}$/);
    await expectAccessible(page);
    await screenshots('members-sign-in-link');
    await allowClipboard(true);
    button(tab, 'Copy link').click();
    await waitForText(tab, 'Copied');
    expect(await navigator.clipboard.readText()).to.equal(input.value);
    const url = input.value;
    button(tab, 'Close').click();
    await sleep(100);
    expect(deepQuery(tab, 'dialog')).to.equal(null);
    expect(deepText(page)).not.to.contain(url);
  });

  it('should show loading and error states', async () => {
    const { page, tab } = await membersTab({ delays: { listMembers: 1500 } });
    await waitForText(tab, 'Loading…');
    await expectAccessible(page);
    await screenshots('members-loading');
    const broken = await membersTab({ failures: { listSessions: 500 } });
    await waitForText(broken.tab, 'Something went wrong');
    await expectAccessible(broken.page);
    await screenshots('members-error');
  });
});
