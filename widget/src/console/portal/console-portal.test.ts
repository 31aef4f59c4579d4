import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { mountConsole } from '../../../test/console-support.ts';
import { expect } from '../../../test/expect.ts';
import {
  DANA,
  button,
  callsOf,
  clientDecides,
  deepQuery,
  deepText,
  expectAccessible,
  mountPage,
  portalScenario,
  screenshots,
  tabOf,
  waitForText,
} from '../../../test/console-portal-support.ts';

describe('<foyer-console-portal>', () => {
  it('should mark the portal seen when it opens, once', async () => {
    const registered = await portalScenario({ files: [{ name: 'return.pdf' }] });
    const page = await mountPage(registered);
    await waitForText(page, 'return.pdf');
    page.refresh();
    await waitForText(page, 'return.pdf');
    expect((await callsOf(registered.key, 'markPortalSeen')).map((c) => c.path)).to.deep.equal([`/v1/portals/${registered.portalId}/seen`]);
  });

  it('should read the portal, then the shown tab, once per refresh', async () => {
    const registered = await portalScenario({ files: [{ name: 'return.pdf' }] });
    const page = await mountPage(registered);
    await waitForText(page, 'return.pdf');
    const count = async () => [(await callsOf(registered.key, 'getPortal')).length, (await callsOf(registered.key, 'listFiles')).length];
    const [portals, files] = await count();
    page.refresh();
    await new Promise((r) => setTimeout(r, 500));
    expect(await count()).to.deep.equal([portals! + 1, files! + 1]);
  });

  it('should show the loading state, then the portal', async () => {
    const registered = await portalScenario({ delays: { getPortal: 1500 } });
    const page = await mountPage(registered);
    expect(deepQuery(page, '[role=status]')?.textContent).to.contain('Loading…');
    await expectAccessible(page);
    await screenshots('portal-loading');
    await waitForText(page, '2026 tax return');
  });

  it('should say when there is no such portal, with the way back to the dashboard', async () => {
    const registered = await portalScenario({ failures: { getPortal: 404 } });
    const page = await mountPage(registered);
    await waitForText(page, 'Portal not found');
    await expectAccessible(page);
    await screenshots('portal-not-found');
    (deepQuery(page, 'a.btn') as HTMLAnchorElement).click();
    expect(location.pathname).to.equal('/console');
  });

  it('should say when the account may not open the portal', async () => {
    const registered = await portalScenario({ failures: { getPortal: 403 } });
    const page = await mountPage(registered);
    await waitForText(page, 'Not allowed');
    await expectAccessible(page);
    await screenshots('portal-forbidden');
  });

  it('should show an error with Try again when the portal does not load', async () => {
    const registered = await portalScenario({ failures: { getPortal: 500 } });
    const page = await mountPage(registered);
    await waitForText(page, 'Something went wrong');
    await expectAccessible(page);
    await screenshots('portal-error');
  });

  it('should hand an ended session to the console, which asks to sign in again', async () => {
    const registered = await portalScenario({ failures: { getPortal: 401 } });
    const consoleEl = await mountConsole(`/console/portals/${registered.portalId}`);
    await waitForText(consoleEl, /Sign in/);
    expect(await callsOf(registered.key, 'getPortal')).to.have.length(1);
    expect(deepQuery(consoleEl, 'foyer-console-portal')).to.equal(null);
  });

  it('should switch tabs with the arrow keys and put the tab in the address', async () => {
    const registered = await portalScenario({ members: [DANA] });
    const page = await mountPage(registered);
    await waitForText(page, 'No files yet');
    button(page, 'Files').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(page.tab).to.equal('requests');
    expect(location.search).to.equal('?tab=requests');
    await sendKeys({ press: 'End' });
    expect(page.tab).to.equal('settings');
    expect(page.shadowRoot!.activeElement?.id).to.equal('tab-settings');
    await sendKeys({ press: 'ArrowRight' });
    expect(page.tab).to.equal('files');
    expect(location.search).to.equal('');
    button(page, 'Members').click();
    await waitForText(page, 'Dana Whitfield');
    expect(location.search).to.equal('?tab=members');
    expect(location.pathname).to.equal(`/console/portals/${registered.portalId}`);
  });

  it('should open the tab named in the address', async () => {
    const registered = await portalScenario({ members: [DANA] });
    const page = await mountPage(registered, { tab: 'members' });
    expect(page.tab).to.equal('members');
    await waitForText(page, 'Dana Whitfield');
    expect(deepText(await tabOf(page, 'foyer-console-portal-members'))).to.contain('Invite a member');
  });

  it('should pick up a client’s decision on its own refresh', async () => {
    const registered = await portalScenario({ members: [DANA], files: [{ name: 'return.pdf' }], approvals: [{ file: 'return.pdf' }] });
    const page = await mountPage(registered, { tab: 'approvals', refreshInterval: 300 });
    await waitForText(page, 'Waiting for Dana Whitfield');
    await clientDecides(registered, 'return.pdf');
    await waitForText(page, /Approved by Dana Whitfield on .*, version 1/);
    expect(deepText(page)).to.contain('dana@client.test');
  });

  it('should refresh when the window regains focus', async () => {
    const registered = await portalScenario({ members: [DANA], files: [{ name: 'return.pdf' }], approvals: [{ file: 'return.pdf' }] });
    const page = await mountPage(registered);
    await waitForText(page, 'Awaiting approval');
    await clientDecides(registered, 'return.pdf');
    await new Promise((r) => setTimeout(r, 1100));
    window.dispatchEvent(new Event('focus'));
    await waitForText(page, 'Approved');
  });

  it('should be readable in the dark colour scheme', async () => {
    await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    try {
      const registered = await portalScenario({
        members: [DANA],
        files: [{ name: 'return.pdf' }, { name: 'statement.pdf', by: 'member' }],
        approvals: [{ file: 'return.pdf', decisions: ['approve'] }, { file: 'statement.pdf' }],
      });
      const page = await mountPage(registered, { tab: 'approvals' });
      await waitForText(page, 'Approved by Dana Whitfield');
      await expectAccessible(page);
      await screenshots('portal-dark-approvals');
      button(page, 'Files').click();
      await waitForText(page, 'statement.pdf');
      await expectAccessible(page);
      await screenshots('portal-dark-files');
    } finally {
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    }
  });
});
