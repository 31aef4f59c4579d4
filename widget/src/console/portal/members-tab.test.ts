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

  it('should show each member’s language and let the owner change it', async () => {
    const { page, tab, ...registered } = await membersTab({ members: [DANA, { ...SAM, locale: 'de' }] });
    const { memberIds } = registered;
    await waitForText(tab, 'Sam Whitfield');
    const text = deepText(tab);
    expect(text).to.contain('Emails in German · chosen by your team, kept when they sign in');
    expect(text).to.contain('Email language not known yet · English until they sign in');
    const select = (who: string) => deepQuery<HTMLSelectElement>(tab, `select[aria-label="Email language of ${who}"]`)!;
    expect(select('Sam Whitfield').value).to.equal('de');
    expect(select('Dana Whitfield').value).to.equal('');
    expect([...select('Dana Whitfield').options].map((o) => o.text)).to.deep.equal([
      'Not known yet',
      'English',
      'German',
      'French',
      'Spanish',
      'Dutch',
    ]);

    select('Dana Whitfield').value = 'fr';
    select('Dana Whitfield').dispatchEvent(new Event('change'));
    await waitForText(tab, 'Dana Whitfield: emails in French.');
    await waitForText(tab, 'Emails in French');
    const state = await pageState(registered);
    const calls = state.calls.filter((c) => c.operationId === 'updateMember');
    expect(calls.map((c) => [c.method, c.path, c.body])).to.deep.equal([
      ['PATCH', `/v1/portals/${registered.portalId}/members/${memberIds[0]}`, { locale: 'fr' }],
    ]);
    expect(state.members.find((m) => m.id === memberIds[0])).to.include({ locale: 'fr', locale_source: 'owner' });
    expect(select('Dana Whitfield').value).to.equal('fr');
    await expectAccessible(page);
    await screenshots('members-language');

    // Forgetting Sam's: back to not known.
    select('Sam Whitfield').value = '';
    select('Sam Whitfield').dispatchEvent(new Event('change'));
    await waitForText(tab, 'Sam Whitfield: emails in English until they sign in.');
    expect((await pageState(registered)).calls.filter((c) => c.operationId === 'updateMember').at(-1)?.body).to.deep.equal({
      locale: null,
    });
    await waitForText(tab, 'Email language not known yet');
    expect(deepText(tab).match(/Email language not known yet/g)).to.have.length(1);
    expect(select('Sam Whitfield').value).to.equal('');
  });

  it('should put the language back when the change is refused', async () => {
    const { tab } = await membersTab({ members: [{ ...DANA, locale: 'nl' }], failures: { updateMember: 500 } });
    await waitForText(tab, 'Emails in Dutch');
    const select = deepQuery<HTMLSelectElement>(tab, 'select[aria-label="Email language of Dana Whitfield"]')!;
    select.value = 'es';
    select.dispatchEvent(new Event('change'));
    await waitForText(tab, 'Something went wrong');
    expect(select.value).to.equal('nl');
    expect(deepText(tab)).to.contain('Emails in Dutch');
  });

  it('should add a member with the language of their emails', async () => {
    const { tab, ...registered } = await membersTab({});
    await waitForText(tab, 'No members yet');
    const language = deepQuery<HTMLSelectElement>(tab, '#member-locale')!;
    expect(language.value).to.equal('');
    expect(language.selectedOptions[0]!.text).to.equal('Not set (English)');
    deepQuery<HTMLInputElement>(tab, '#email')!.value = 'lotte@klant.test';
    language.value = 'nl';
    await screenshots('members-add-language');
    button(tab, 'Invite').click();
    await waitForText(tab, 'lotte@klant.test was added.');
    await waitForText(tab, 'Emails in Dutch');
    const call = (await pageState(registered)).calls.find((c) => c.operationId === 'addMember');
    expect(call?.body).to.deep.equal({ email: 'lotte@klant.test', name: null, send_invite: true, locale: 'nl' });
    expect(language.value).to.equal('');
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
