import { oneEvent } from '@open-wc/testing';
import { expect } from '../../../test/expect.ts';
import {
  callsOf,
  consoleScenario,
  consoleScreenshots,
  consoleState,
  csrfValue,
  mountConsole,
  olive,
  summary,
  user,
} from '../../../test/console-support.ts';
import { button, deepQuery, deepText, expectAccessible, waitForText } from '../../../test/support.ts';
import type { FoyerConsoleSignedOutEvent } from '../shared/events.ts';
import { routeOf } from './routes.ts';

describe('<foyer-console>', () => {
  it('should route by the path under /console', () => {
    expect(routeOf('/console')).to.deep.equal({ page: 'dashboard' });
    expect(routeOf('/console/')).to.deep.equal({ page: 'dashboard' });
    expect(routeOf('/console/portals/new')).to.deep.equal({ page: 'new-portal' });
    expect(routeOf(`/console/portals/prt_${'a'.repeat(32)}`)).to.deep.equal({ page: 'portal', id: `prt_${'a'.repeat(32)}` });
    expect(routeOf('/console/settings')).to.deep.equal({ page: 'settings', tab: undefined });
    expect(routeOf('/console/settings/users')).to.deep.equal({ page: 'settings', tab: 'users' });
    expect(routeOf('/console/verify')).to.deep.equal({ page: 'verify' });
    expect(routeOf('/console/portals/nope')).to.deep.equal({ page: 'not-found' });
    expect(routeOf('/elsewhere')).to.deep.equal({ page: 'not-found' });
  });

  it('should show a loading state, then the workspace with its branding, reading who is signed in by the cookie with the CSRF header', async () => {
    const { key } = await consoleScenario({
      users: [olive()],
      workspace: { name: 'Acme Accounting', branding: { display_name: 'Acme & Co', logo_url: null, accent_color: '#7c3aed' } },
      portals: [summary(1)],
      delays: { getMe: 400 },
    });
    const el = await mountConsole('/console');
    expect(deepText(el)).to.contain('Loading…');
    await expectAccessible(el);
    await consoleScreenshots('shell-loading');
    await waitForText(el, 'Portal 1');
    expect(deepText(el)).to.contain('Acme & Co');
    expect(el.style.getPropertyValue('--foyer-brand-accent')).to.equal('#7c3aed');
    expect(document.title).to.equal('Portals · Acme & Co');
    // Every call went with the session cookie and the CSRF header the cookie pairs with; no token anywhere.
    const { calls } = await consoleState(key);
    expect(calls.map((c) => c.operationId)).to.include.members(['getMe', 'getWorkspace', 'getDashboard']);
    for (const call of calls) expect({ via: call.via, csrf: call.csrf }).to.deep.equal({ via: 'cookie', csrf: csrfValue(key) });
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });

  it('should show an error with Try again when the service fails, and recover', async () => {
    await consoleScenario({ failures: { getMe: 500 } });
    const el = await mountConsole('/console');
    await waitForText(el, 'Something went wrong');
    await expectAccessible(el);
    await consoleScreenshots('shell-error');
    await consoleScenario({}); // a healthy workspace, now signed in instead
    button(el, 'Try again').click();
    await waitForText(el, 'No portals yet');
  });

  it('should show the sign-in when nobody is signed in', async () => {
    await consoleScenario({ signedIn: false });
    const el = await mountConsole('/console/settings');
    await waitForText(el, 'Sign in to your workspace');
    expect(deepQuery(el, 'input[type=email]')).to.be.instanceOf(HTMLInputElement);
    expect(document.title).to.equal('Sign in to your workspace · Foyer');
    await expectAccessible(el);
  });

  it('should navigate with links and the browser history, without loading the page, focusing the new page', async () => {
    await consoleScenario({ portals: [summary(1)] });
    const el = await mountConsole('/console');
    await waitForText(el, 'Portal 1');
    deepQuery<HTMLAnchorElement>(el, 'nav a[href="/console/settings"]')!.click();
    await waitForText(el, 'Branding');
    expect(location.pathname).to.equal('/console/settings');
    expect(el.shadowRoot!.activeElement?.id).to.equal('main');
    expect(deepQuery(el, 'nav a[href="/console/settings"]')!.getAttribute('aria-current')).to.equal('page');
    history.back();
    await waitForText(el, 'Portal 1');
    expect(location.pathname).to.equal('/console');
  });

  it('should follow foyer-console-navigate from the pages inside', async () => {
    await consoleScenario({});
    const el = await mountConsole('/console');
    await waitForText(el, 'No portals yet');
    deepQuery(el, 'foyer-console-dashboard')!.dispatchEvent(
      new CustomEvent('foyer-console-navigate', { detail: { path: '/console/settings/account' }, bubbles: true, composed: true }),
    );
    await waitForText(el, 'Where you are signed in');
    expect(location.pathname).to.equal('/console/settings/account');
  });

  it('should say when a page does not exist, and link back', async () => {
    await consoleScenario({});
    const el = await mountConsole('/console/nothing/here');
    await waitForText(el, 'Page not found');
    await expectAccessible(el);
    await consoleScreenshots('not-found');
    deepQuery<HTMLAnchorElement>(el, 'main a[href="/console"]')!.click();
    await waitForText(el, 'No portals yet');
  });

  it('should load the portal page when it is first shown (its own chunk), then mount it with the shell’s client', async () => {
    await consoleScenario({});
    const id = `prt_${'b'.repeat(32)}`;
    const el = await mountConsole(`/console/portals/${id}`);
    const page = await new Promise<Element>((resolve) => {
      const look = () => {
        const found = deepQuery(el, 'foyer-console-portal');
        if (found) resolve(found);
        else setTimeout(look, 50);
      };
      look();
    });
    expect(customElements.get('foyer-console-portal')).to.not.equal(undefined);
    expect(page.getAttribute('portal-id')).to.equal(id);
    expect((page as unknown as { client: unknown }).client).to.equal(el.client);
    // The page's own calls are the portal page's fake's business (owner-portal.ts, by bearer token), not the
    // shell's cookie fake: what the shell's fake could not answer is expected here, and only that.
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const unanswered = (await (await fetch('/__fake/violations')).json()) as string[];
    expect(unanswered.filter((v) => !v.includes('has no handler'))).to.deep.equal([]);
  });

  it('should sign out: the service ends the session and the sign-in shows', async () => {
    const { key } = await consoleScenario({ users: [olive()] });
    const el = await mountConsole('/console');
    await waitForText(el, 'No portals yet');
    const out = oneEvent<FoyerConsoleSignedOutEvent>(el, 'foyer-console-signed-out');
    button(el, 'Sign out').click();
    expect((await out).detail).to.deep.equal({ reason: 'user' });
    await waitForText(el, 'You are signed out.');
    expect(await callsOf(key, 'signOutUser')).to.have.length(1);
    expect(document.cookie).not.to.contain('foyer_csrf=');
  });

  it('should go back to the sign-in, saying why, when the session ends while in use', async () => {
    const { key } = await consoleScenario({ portals: [summary(1)] });
    const el = await mountConsole('/console');
    await waitForText(el, 'Portal 1');
    // The session is revoked elsewhere: the next request (a refresh on focus) is refused.
    const state = await consoleState(key);
    expect(state.calls.length).to.be.greaterThan(0);
    await fetch(`/v1/auth/sign-out`, { method: 'POST', headers: { 'X-Foyer-Csrf': csrfValue(key) } });
    const out = oneEvent<FoyerConsoleSignedOutEvent>(el, 'foyer-console-signed-out');
    window.dispatchEvent(new Event('focus'));
    expect((await out).detail).to.deep.equal({ reason: 'expired' });
    await waitForText(el, 'Your session has ended');
    await expectAccessible(el);
  });

  it('should show a staff user the portals and only their own settings', async () => {
    await consoleScenario({ users: [user(1, { role: 'staff' }), olive()] });
    const el = await mountConsole('/console/settings');
    await waitForText(el, 'Put a portal on your own website');
    const tabs = [...el.shadowRoot!.querySelector('foyer-console-settings')!.shadowRoot!.querySelectorAll('nav a')].map((a) =>
      a.textContent?.trim(),
    );
    expect(tabs).to.deep.equal(['Embed', 'Your account']);
    await expectAccessible(el);
  });
});
