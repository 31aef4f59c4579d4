import { oneEvent } from '@open-wc/testing';
import { expect } from '../../../test/expect.ts';
import {
  USER_CODE,
  USER_LINK_TOKEN,
  callsOf,
  consoleScenario,
  consoleScreenshots,
  consoleState,
  csrfValue,
  mountConsole,
  olive,
} from '../../../test/console-support.ts';
import { button, deepAll, deepQuery, deepText, expectAccessible, waitForText } from '../../../test/support.ts';
import type { FoyerCodeInput } from '../../components/code-input/code-input.component.ts';
import type { FoyerConsole } from '../shell/console.component.ts';
import type { FoyerConsoleSignedInEvent } from '../shared/events.ts';

/** Types the email and asks for a code. */
async function askCode(el: FoyerConsole, email: string): Promise<void> {
  await waitForText(el, 'Sign in to your workspace');
  const input = deepQuery<HTMLInputElement>(el, 'input[type=email]')!;
  input.value = email;
  button(el, 'Send code').click();
  await waitForText(el, 'Check your email');
}

/** Pastes a code into the six boxes, as a person (or autofill) would. */
function enterCode(el: FoyerConsole, code: string): void {
  const boxes = deepQuery<FoyerCodeInput>(el, 'foyer-code-input')!;
  const first = boxes.shadowRoot!.querySelector('input')!;
  const data = new DataTransfer();
  data.setData('text', code);
  first.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

describe('<foyer-console-sign-in>', () => {
  it('should sign in with the emailed code, keeping nothing in storage: the session is the HttpOnly cookie', async () => {
    const { key } = await consoleScenario({ users: [olive()], signedIn: false });
    const el = await mountConsole('/console');
    await expectAccessible(el);
    await consoleScreenshots('sign-in-email');
    await askCode(el, 'olive@acme.test');
    expect(deepText(el)).to.contain('olive@acme.test');
    await expectAccessible(el);
    await consoleScreenshots('sign-in-code');
    const signedIn = oneEvent<FoyerConsoleSignedInEvent>(el, 'foyer-console-signed-in');
    enterCode(el, USER_CODE);
    expect((await signedIn).detail.user.email).to.equal('olive@acme.test');
    await waitForText(el, 'No portals yet');
    // Nothing of the session is reachable by script: no storage, and of the cookies only the CSRF value.
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    expect(document.cookie).not.to.contain('us_');
    expect(document.cookie).to.contain(`foyer_csrf=${csrfValue(key)}`);
    const [confirm] = await callsOf(key, 'confirmUserSignIn');
    expect(confirm!.body).to.deep.equal({ email: 'olive@acme.test', code: USER_CODE, transport: 'cookie' });
    // After the sign-in every request carried the CSRF header.
    const after = (await consoleState(key)).calls.filter((c) => c.operationId !== 'confirmUserSignIn');
    expect(after.length).to.be.greaterThan(0);
    expect(after.every((c) => c.csrf === csrfValue(key) && c.via === 'cookie')).to.equal(true);
  });

  it('should say a wrong code is wrong and empty the boxes', async () => {
    await consoleScenario({ users: [olive()], signedIn: false });
    const el = await mountConsole('/console');
    await askCode(el, 'olive@acme.test');
    enterCode(el, '000000');
    await waitForText(el, 'That code is not right');
    const digits = deepAll(deepQuery(el, 'foyer-code-input')!, 'input') as HTMLInputElement[];
    expect(digits.map((d) => d.value).join('')).to.equal('');
    await expectAccessible(el);
    await consoleScreenshots('sign-in-wrong-code');
  });

  it('should count down when the service says to wait (429 Retry-After)', async () => {
    await consoleScenario({ users: [olive()], signedIn: false, rateLimit: 42 });
    const el = await mountConsole('/console');
    await waitForText(el, 'Sign in to your workspace');
    deepQuery<HTMLInputElement>(el, 'input[type=email]')!.value = 'olive@acme.test';
    button(el, 'Send code').click();
    await waitForText(el, /Too many attempts\. Try again in 4\d seconds/);
    expect(button(el, 'Send code').disabled).to.equal(true);
  });

  it('should offer the workspace choice when the address belongs to several, then enter the chosen one', async () => {
    const other = {
      id: `wsp_${'o'.repeat(32)}`,
      name: 'Beta Bookkeeping',
      branding: { display_name: null, logo_url: null, accent_color: null },
      role: 'staff' as const,
    };
    const { key, workspaceId } = await consoleScenario({ users: [olive()], signedIn: false, otherWorkspaces: [other] });
    const el = await mountConsole('/console');
    await askCode(el, 'olive@acme.test');
    enterCode(el, USER_CODE);
    await waitForText(el, 'Choose a workspace');
    expect(deepText(el)).to.contain('Beta Bookkeeping');
    expect(deepText(el)).to.contain('Acme Accounting');
    await expectAccessible(el);
    await consoleScreenshots('sign-in-choose');
    button(el, /^A Acme Accounting/).click();
    await waitForText(el, 'No portals yet');
    const confirms = await callsOf(key, 'confirmUserSignIn');
    expect(confirms.map((c) => c.body)).to.deep.equal([
      { email: 'olive@acme.test', code: USER_CODE, transport: 'cookie' },
      { choice_token: `${key}${'c'.repeat(11)}`, workspace_id: workspaceId, transport: 'cookie' },
    ]);
  });

  it('should finish a magic link only on Continue (opening it spends nothing) and take the token out of the address', async () => {
    const { key } = await consoleScenario({ users: [olive()], signedIn: false });
    const el = await mountConsole(`/console/verify#token=${USER_LINK_TOKEN}`);
    await waitForText(el, 'Finish signing in');
    expect(location.hash).to.equal('');
    expect(location.pathname).to.equal('/console/verify');
    expect(await callsOf(key, 'confirmUserSignIn')).to.have.length(0);
    await expectAccessible(el);
    await consoleScreenshots('sign-in-verify');
    button(el, 'Continue').click();
    await waitForText(el, 'No portals yet');
    expect(location.pathname).to.equal('/console');
    const [confirm] = await callsOf(key, 'confirmUserSignIn');
    expect(confirm!.body).to.deep.equal({ token: USER_LINK_TOKEN, transport: 'cookie' });
  });

  it('should say when a link did not work and offer the code instead', async () => {
    await consoleScenario({ users: [olive()], signedIn: false });
    const el = await mountConsole(`/console/verify#token=${'x'.repeat(43)}`);
    await waitForText(el, 'Finish signing in');
    button(el, 'Continue').click();
    await waitForText(el, 'This sign-in link did not work');
    expect(deepQuery(el, 'input[type=email]')).to.be.instanceOf(HTMLInputElement);
    await expectAccessible(el);
  });

  it('should say a link without a token is incomplete', async () => {
    await consoleScenario({ users: [olive()], signedIn: false });
    const el = await mountConsole('/console/verify');
    await waitForText(el, 'This sign-in link is incomplete');
  });
});
