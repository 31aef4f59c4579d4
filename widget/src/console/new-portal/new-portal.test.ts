import { expect } from '../../../test/expect.ts';
import { callsOf, changeScenario, consoleScenario, consoleScreenshots, consoleState, mountConsole } from '../../../test/console-support.ts';
import { button, deepAll, deepQuery, deepText, expectAccessible, waitForText } from '../../../test/support.ts';
import type { FoyerConsole } from '../shell/console.component.ts';

function type(el: FoyerConsole, selector: string, value: string): void {
  const input = deepQuery<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('<foyer-console-new-portal>', () => {
  it('should create a portal, add each client email as an invited member, then open the portal', async () => {
    const { key } = await consoleScenario({});
    const el = await mountConsole('/console/portals/new');
    await waitForText(el, 'Portal name');
    await expectAccessible(el);
    await consoleScreenshots('new-portal');
    type(el, '#name', '2026 tax return');
    type(el, '#client_name', 'Dana Whitfield');
    type(el, '#email-1', 'dana@client.test');
    button(el, 'Add another email').click();
    await el.updateComplete;
    const second = deepAll(el, 'input[type=email]')[1] as HTMLInputElement;
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The new field has the focus, to type into at once.
    expect(deepQuery(el, 'foyer-console-new-portal')!.shadowRoot!.activeElement).to.equal(second);
    second.value = 'Sam@Client.test';
    deepQuery<HTMLInputElement>(el, 'input[value=link]')!.click();
    button(el, 'Create portal').click();
    await waitForText(el, /not part of this build|Files/);
    const state = await consoleState(key);
    const created = state.portals.at(-1)!.portal;
    expect(location.pathname).to.equal(`/console/portals/${created.id}`);
    const [create] = await callsOf(key, 'createPortal');
    expect(create!.body).to.deep.equal({ name: '2026 tax return', client_name: 'Dana Whitfield', access_mode: 'link' });
    const adds = await callsOf(key, 'addMember');
    expect(adds.map((c) => c.body)).to.deep.equal([
      { email: 'dana@client.test', send_invite: true },
      { email: 'sam@client.test', send_invite: true },
    ]);
    expect(adds.every((c) => c.path === `/v1/portals/${created.id}/members`)).to.equal(true);
  });

  it('should remove an email field and keep the focus in the list', async () => {
    await consoleScenario({});
    const el = await mountConsole('/console/portals/new');
    await waitForText(el, 'Portal name');
    button(el, 'Add another email').click();
    button(el, 'Add another email').click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(deepAll(el, 'input[type=email]')).to.have.length(3);
    button(el, 'Remove client email 2').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(deepAll(el, 'input[type=email]')).to.have.length(2);
    expect(deepAll(el, 'input[type=email]').map((i) => i.getAttribute('aria-label'))).to.deep.equal(['Client email 1', 'Client email 2']);
  });

  it('should say why the portal could not be created, and keep what was typed', async () => {
    const { key } = await consoleScenario({ failures: { createPortal: 500 } });
    const el = await mountConsole('/console/portals/new');
    await waitForText(el, 'Portal name');
    type(el, '#name', 'Payroll');
    button(el, 'Create portal').click();
    await waitForText(el, 'Something went wrong');
    expect(deepQuery<HTMLInputElement>(el, '#name')!.value).to.equal('Payroll');
    await expectAccessible(el);
    await consoleScreenshots('new-portal-error');
    await changeScenario(key, { failures: { addMember: 500 } });
    type(el, '#email-1', 'dana@client.test');
    button(el, 'Create portal').click();
    await waitForText(el, 'inviting dana@client.test failed');
    expect(deepText(el)).to.contain('Open the portal');
    expect(location.pathname).to.equal('/console/portals/new');
  });
});
