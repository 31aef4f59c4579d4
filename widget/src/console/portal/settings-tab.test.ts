import { expect } from '../../../test/expect.ts';
import {
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

async function settings(s: Parameters<typeof portalScenario>[0] = {}) {
  const registered = await portalScenario(s);
  const page = await mountPage(registered, { tab: 'settings' });
  const tab = await tabOf(page, 'foyer-console-portal-settings');
  await waitForText(tab, 'Who may open the portal');
  return { registered, page, tab };
}

describe('<foyer-console-portal-settings>', () => {
  afterEach(() => allowClipboard(false));

  it('should change the access mode and switch client uploads off', async () => {
    const { registered, page, tab } = await settings();
    await expectAccessible(page);
    await screenshots('settings');
    deepQuery<HTMLInputElement>(tab, 'input[name=access]:not(:checked)')!.click();
    await waitForText(tab, 'The portal’s link');
    const uploads = deepQuery<HTMLInputElement>(tab, 'input[type=checkbox]')!;
    expect(uploads.checked).to.equal(true);
    uploads.click();
    await sleep(300);
    const state = await pageState(registered);
    expect(state.calls.filter((c) => c.operationId === 'updatePortal').map((c) => c.body)).to.deep.equal([
      { access_mode: 'link' },
      { client_uploads: false },
    ]);
    expect(state.portal).to.include({ access_mode: 'link', client_uploads: false });
    expect(deepQuery<HTMLInputElement>(tab, 'input[type=checkbox]')!.checked).to.equal(false);
  });

  it('should rotate the portal’s link after confirmation and show the new one once', async () => {
    const { page, tab } = await settings({ portal: { access_mode: 'link' } });
    button(tab, 'Create a new link').click();
    await waitForText(tab, 'Replace the portal’s link?');
    await expectAccessible(page);
    button(deepQuery(tab, 'dialog')!, 'Create a new link').click();
    await waitForText(tab, 'The portal’s new link');
    const url = deepQuery<HTMLInputElement>(tab, '#access-link')!.value;
    expect(url).to.match(/#k=K+\d+$/);
    await expectAccessible(page);
    await screenshots('settings-new-link');
    await allowClipboard(true);
    button(tab, 'Copy link').click();
    await waitForText(tab, 'Copied');
    expect(await navigator.clipboard.readText()).to.equal(url);
    button(tab, 'Close').click();
    await sleep(100);
    expect(deepText(page)).not.to.contain(url);
  });

  it('should archive and unarchive the portal', async () => {
    const { registered, page, tab } = await settings();
    button(tab, 'Archive portal').click();
    await waitForText(tab, 'Unarchive portal');
    expect(deepText(page)).to.match(/2026 tax return Archived/);
    expect((await pageState(registered)).portal!.status).to.equal('archived');
    button(tab, 'Unarchive portal').click();
    await waitForText(tab, 'Archive portal');
    expect((await pageState(registered)).portal!.status).to.equal('active');
  });

  it('should offer the export to an owner, and tell a staff user that only an owner can export', async () => {
    const owner = await settings();
    expect(button(owner.tab, 'Export')).to.be.instanceOf(HTMLButtonElement);

    const staff = await settings({ role: 'staff' });
    // The service answers a staff user's export with 403 owner_role_required: no button that can only fail.
    expect(deepQuery(staff.tab, 'foyer-console-export') !== null, 'an export element for staff').to.equal(false);
    expect(deepText(staff.tab)).to.contain('Only an owner of the workspace can export a portal.');
    // What staff may do stays: archive, delete.
    expect(button(staff.tab, 'Archive portal')).to.be.instanceOf(HTMLButtonElement);
    await expectAccessible(staff.page);
  });

  it('should delete the portal only once its name is typed, then go back to the portals', async () => {
    const { registered, page, tab } = await settings();
    const paths: string[] = [];
    page.addEventListener('foyer-console-navigate', (e) => paths.push(e.detail.path));
    button(tab, 'Delete portal').click();
    await waitForText(tab, 'Delete 2026 tax return?');
    const dialog = deepQuery(tab, 'dialog')!;
    const confirm = deepQuery<HTMLButtonElement>(dialog, 'button[type=submit]')!;
    expect(confirm.disabled).to.equal(true);
    const input = deepQuery<HTMLInputElement>(dialog, '#confirm-name')!;
    input.value = '2026 tax retur';
    input.dispatchEvent(new InputEvent('input'));
    await sleep(50);
    expect(confirm.disabled).to.equal(true);
    input.form!.requestSubmit();
    await sleep(200);
    expect((await pageState(registered)).portal).not.to.equal(undefined);
    await expectAccessible(page);
    await screenshots('settings-delete');
    input.value = '2026 tax return';
    input.dispatchEvent(new InputEvent('input'));
    await sleep(50);
    expect(confirm.disabled).to.equal(false);
    confirm.click();
    await sleep(300);
    expect((await pageState(registered)).portal).to.equal(undefined);
    expect(paths).to.deep.equal(['/console']);
    expect(location.pathname).to.equal('/console');
  });
});
