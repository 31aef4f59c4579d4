import { expect } from '../../../test/expect.ts';
import {
  DANA,
  button,
  clientDecides,
  deepQuery,
  deepText,
  expectAccessible,
  mountPage,
  ownerScenario,
  ownerState,
  screenshots,
  tabOf,
  waitForText,
} from '../../../test/owner-portal-support.ts';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';

describe('<foyer-console-portal>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('should mark the portal seen when it opens, once', async () => {
    const { portalId } = await ownerScenario({ files: [{ name: 'return.pdf' }] });
    const page = await mountPage(portalId);
    await waitForText(page, 'return.pdf');
    page.refresh();
    await waitForText(page, 'return.pdf');
    expect((await ownerState(portalId)).seen).to.equal(1);
  });

  it('should read the portal, then the shown tab, once per refresh', async () => {
    const { portalId } = await ownerScenario({ files: [{ name: 'return.pdf' }] });
    const page = await mountPage(portalId);
    await waitForText(page, 'return.pdf');
    const before = (await ownerState(portalId)).counts;
    page.refresh();
    await new Promise((r) => setTimeout(r, 500));
    const after = (await ownerState(portalId)).counts;
    expect([after.getPortal! - before.getPortal!, after.listFiles! - before.listFiles!]).to.deep.equal([1, 1]);
  });

  it('should show the loading state, then the portal', async () => {
    const { portalId } = await ownerScenario({ delays: { getPortal: 1500 } });
    const page = await mountPage(portalId);
    expect(deepQuery(page, '[role=status]')?.textContent).to.contain('Loading…');
    await expectAccessible(page);
    await screenshots('page-loading');
    await waitForText(page, '2026 tax return');
  });

  it('should say when there is no such portal, with the way back', async () => {
    const { portalId } = await ownerScenario({ fail: { getPortal: 404 } });
    const page = await mountPage(portalId);
    await waitForText(page, 'Portal not found');
    await expectAccessible(page);
    await screenshots('page-not-found');
    const paths: string[] = [];
    page.addEventListener('foyer-console-navigate', (e) => paths.push(e.detail.path));
    (deepQuery(page, 'a.btn') as HTMLAnchorElement).click();
    expect(paths).to.deep.equal(['/console']);
  });

  it('should say when the account may not open the portal', async () => {
    const { portalId } = await ownerScenario({ fail: { getPortal: 403 } });
    const page = await mountPage(portalId);
    await waitForText(page, 'Not allowed');
    await expectAccessible(page);
    await screenshots('page-forbidden');
  });

  it('should show an error with Try again when the portal does not load', async () => {
    const { portalId } = await ownerScenario({ fail: { getPortal: 500 } });
    const page = await mountPage(portalId);
    await waitForText(page, 'Something went wrong');
    await expectAccessible(page);
    await screenshots('page-error');
  });

  it('should switch tabs with the arrow keys and put the tab in the address', async () => {
    const { portalId } = await ownerScenario({ members: [DANA] });
    const page = await mountPage(portalId);
    await waitForText(page, 'No files yet');
    button(page, 'Files').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(page.tab).to.equal('approvals');
    expect(location.search).to.equal('?tab=approvals');
    await sendKeys({ press: 'End' });
    expect(page.tab).to.equal('settings');
    expect(page.shadowRoot!.activeElement?.id).to.equal('tab-settings');
    await sendKeys({ press: 'ArrowRight' });
    expect(page.tab).to.equal('files');
    expect(location.search).to.equal('');
    button(page, 'Members').click();
    await waitForText(page, 'Dana Whitfield');
    expect(location.search).to.equal('?tab=members');
  });

  it('should open the tab named in the address', async () => {
    const { portalId } = await ownerScenario({ members: [DANA] });
    history.replaceState(null, '', '?tab=members');
    const page = await mountPage(portalId);
    expect(page.tab).to.equal('members');
    await waitForText(page, 'Dana Whitfield');
    expect(deepText(await tabOf(page, 'foyer-console-portal-members'))).to.contain('Invite a member');
  });

  it('should pick up a client’s decision on its own refresh', async () => {
    const { portalId } = await ownerScenario({
      members: [DANA],
      files: [{ name: 'return.pdf' }],
      approvals: [{ file: 'return.pdf' }],
    });
    const page = await mountPage(portalId, { tab: 'approvals', refreshInterval: 300 });
    await waitForText(page, 'Waiting for Dana Whitfield');
    await clientDecides(portalId, 'return.pdf');
    await waitForText(page, /Approved by Dana Whitfield on .*, version 1/);
    expect(deepText(page)).to.contain('dana@client.test');
  });

  it('should refresh when the window regains focus', async () => {
    const { portalId } = await ownerScenario({
      members: [DANA],
      files: [{ name: 'return.pdf' }],
      approvals: [{ file: 'return.pdf' }],
    });
    const page = await mountPage(portalId, { tab: 'files' });
    await waitForText(page, 'Awaiting approval');
    await clientDecides(portalId, 'return.pdf');
    await new Promise((r) => setTimeout(r, 1100));
    window.dispatchEvent(new Event('focus'));
    await waitForText(page, 'Approved');
  });

  it('should be readable in the dark colour scheme', async () => {
    await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    try {
      document.body.style.background = '#111318';
      const { portalId } = await ownerScenario({
        members: [DANA],
        files: [{ name: 'return.pdf' }, { name: 'statement.pdf', by: 'member' }],
        approvals: [{ file: 'return.pdf', decisions: ['approve'] }, { file: 'statement.pdf' }],
      });
      const page = await mountPage(portalId, { tab: 'approvals' });
      await waitForText(page, 'Approved by Dana Whitfield');
      await expectAccessible(page);
      await screenshots('dark-approvals');
      button(page, 'Files').click();
      await waitForText(page, 'statement.pdf');
      await expectAccessible(page);
      await screenshots('dark-files');
    } finally {
      document.body.style.background = '';
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    }
  });
});
