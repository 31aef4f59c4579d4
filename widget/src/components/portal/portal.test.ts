import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { expect } from '../../../test/expect.ts';
import {
  API,
  button,
  deepQuery,
  deepText,
  expectAccessible,
  fakeState,
  mount,
  remember,
  requestLog,
  scenario,
  sessionKeyFor,
  sessionToken,
  waitForText,
} from '../../../test/support.ts';
import type { FoyerSignedInEvent } from '../../events/signed-in.ts';
import type { FoyerSignedOutEvent } from '../../events/signed-out.ts';
import type { FoyerPortal } from './portal.component.ts';

describe('<foyer-portal>', () => {
  afterEach(() => {
    localStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('should show a loading state, then the sign-in card with the portal name and branding', async () => {
    const { portalId } = await scenario({ name: 'Payroll 2026', delay: 400 });
    const el = await mount(portalId);
    expect(deepText(el)).to.contain('Loading…');
    await expectAccessible(el);
    await waitForText(el, 'Payroll 2026');
    expect(deepText(el)).to.contain('Acme Accounting');
    expect(el.style.getPropertyValue('--foyer-brand-accent')).to.equal('#7c3aed');
    expect(deepQuery(el, 'input[type=email]')).to.be.instanceOf(HTMLInputElement);
    await expectAccessible(el);
  });

  it('should say what is wrong when the page does not configure it', async () => {
    const el = await fixture<FoyerPortal>(html`<foyer-portal></foyer-portal>`);
    await waitForText(el, 'This portal is not set up');
    await expectAccessible(el);
  });

  it('should show an error with a retry when the service fails, and recover', async () => {
    const { portalId } = await scenario({ publicStatus: 500 });
    const el = await mount(portalId);
    await waitForText(el, 'Something went wrong');
    await expectAccessible(el);
    await fetch(`/__fake/portals/${portalId}`, {
      method: 'PUT',
      body: JSON.stringify({ ...(await fakeState(portalId)), publicStatus: 0, files: [] }),
    });
    button(el, 'Try again').click();
    await waitForText(el, 'Send code');
  });

  it('should say so when there is no such portal', async () => {
    const { portalId } = await scenario({ public: null });
    const el = await mount(portalId);
    await waitForText(el, 'There is no portal at this address');
  });

  it('should resume a remembered session and announce foyer-signed-in', async () => {
    const { portalId } = await scenario({ files: [] });
    remember(portalId);
    const el = document.createElement('foyer-portal');
    const signedIn = oneEvent<FoyerSignedInEvent>(el, 'foyer-signed-in');
    el.setAttribute('portal', portalId);
    el.setAttribute('api', API);
    document.body.append(el);
    const event = await signedIn;
    expect(event.detail).to.deep.include({ method: 'remembered' });
    expect(event.detail.member.email).to.equal('dana@client.test');
    expect(event.bubbles && event.composed).to.equal(true);
    await waitForText(el, 'dana@client.test');
    await waitForText(el, 'No files yet');
    await expectAccessible(el);
    el.remove();
  });

  it('should fall back to sign-in with a message when the remembered session was revoked', async () => {
    const { portalId } = await scenario({ revoked: true });
    remember(portalId);
    const el = document.createElement('foyer-portal');
    const signedOut = oneEvent<FoyerSignedOutEvent>(el, 'foyer-signed-out');
    el.setAttribute('portal', portalId);
    el.setAttribute('api', API);
    document.body.append(el);
    expect((await signedOut).detail.reason).to.equal('expired');
    await waitForText(el, 'Your session has ended. Sign in again to continue.');
    expect(localStorage.getItem(sessionKeyFor(portalId))).to.equal(null);
    await expectAccessible(el);
    el.remove();
  });

  it('should complete a magic link from the address bar and remove the token from it', async () => {
    const { portalId } = await scenario({ files: [] });
    history.replaceState(null, '', `${location.pathname}${location.search}#token=${'T'.repeat(43)}`);
    const el = await mount(portalId);
    await waitForText(el, 'dana@client.test');
    expect(location.hash).to.equal('');
    expect((JSON.parse(localStorage.getItem(sessionKeyFor(portalId))!) as { token: string }).token).to.equal(sessionToken(portalId));
  });

  it('should explain a magic link that no longer works', async () => {
    const { portalId } = await scenario();
    history.replaceState(null, '', `${location.pathname}${location.search}#token=${'x'.repeat(43)}`);
    const el = await mount(portalId);
    await waitForText(el, 'This sign-in link did not work');
    expect(location.hash).to.equal('');
    await expectAccessible(el);
  });

  it('should exchange an embed code before any sign-in screen, remember the session and announce method embed', async () => {
    const { portalId } = await scenario({ files: [] });
    const el = document.createElement('foyer-portal');
    const signedIn = oneEvent<FoyerSignedInEvent>(el, 'foyer-signed-in');
    el.setAttribute('portal', portalId);
    el.setAttribute('api', API);
    el.setAttribute('embed-code', 'E'.repeat(43));
    let emailShown = false;
    const watch = setInterval(() => (emailShown ||= deepQuery(el, 'input[type=email]') !== null), 5);
    document.body.append(el);
    expect((await signedIn).detail.method).to.equal('embed');
    clearInterval(watch);
    expect(emailShown).to.equal(false);
    await waitForText(el, 'No files yet');
    expect((JSON.parse(localStorage.getItem(sessionKeyFor(portalId))!) as { token: string }).token).to.equal(sessionToken(portalId));
    expect((await fakeState(portalId)).embedUsed).to.equal(true);
    el.remove();
  });

  it('should end the session an embed code replaces on this device, on the service too', async () => {
    const { portalId } = await scenario({ files: [] });
    // The business's site handed a session over on an earlier visit; this visit brings a fresh code.
    const earlier = `cs_${'o'.repeat(32)}.${'p'.repeat(43)}`;
    localStorage.setItem(
      sessionKeyFor(portalId),
      JSON.stringify({ token: earlier, expires_at: new Date(Date.now() + 86400e3).toISOString() }),
    );
    await requestLog(true);
    const el = await fixture<FoyerPortal>(html`<foyer-portal portal=${portalId} api=${API} embed-code=${'E'.repeat(43)}></foyer-portal>`);
    await waitForText(el, 'No files yet');
    await waitUntil(async () => (await requestLog()).some((r) => r.method === 'DELETE'), 'the earlier session ended');
    const ended = (await requestLog()).filter((r) => r.method === 'DELETE');
    expect(ended.map((r) => [new URL(r.url, location.href).pathname, r.authorization])).to.deep.equal([['/v1/me', `Bearer ${earlier}`]]);
    expect((JSON.parse(localStorage.getItem(sessionKeyFor(portalId))!) as { token: string }).token).to.equal(sessionToken(portalId));
    expect((await fakeState(portalId)).signedOut).to.not.equal(true);
  });

  it('should fall back to the email sign-in with a short message when the embed code was used or expired', async () => {
    const { portalId } = await scenario();
    const first = await fixture<FoyerPortal>(
      html`<foyer-portal portal=${portalId} api=${API} embed-code=${'E'.repeat(43)}></foyer-portal>`,
    );
    await waitForText(first, 'dana@client.test');
    first.remove();
    localStorage.clear();
    const el = await fixture<FoyerPortal>(html`<foyer-portal portal=${portalId} api=${API} embed-code=${'E'.repeat(43)}></foyer-portal>`);
    await waitForText(el, 'Please sign in with your email address to continue.');
    expect(deepQuery(el, 'input[type=email]')).to.be.instanceOf(HTMLInputElement);
    expect(localStorage.getItem(sessionKeyFor(portalId))).to.equal(null);
    await expectAccessible(el);
  });

  it('should sign out: end the session on the service, forget it here, and say so', async () => {
    const { portalId } = await scenario({ files: [] });
    remember(portalId);
    const el = await mount(portalId);
    await waitForText(el, 'dana@client.test');
    setTimeout(() => button(el, 'Sign out').click());
    const event = await oneEvent<FoyerSignedOutEvent>(el, 'foyer-signed-out');
    expect(event.detail.reason).to.equal('user');
    await waitForText(el, 'You are signed out.');
    expect(localStorage.getItem(sessionKeyFor(portalId))).to.equal(null);
    await new Promise((r) => setTimeout(r, 100));
    expect((await fakeState(portalId)).signedOut).to.equal(true);
  });

  it('should let the newest portal win when the previous one answers late', async () => {
    const { portalId: old } = await scenario({ name: 'Old portal', delay: 800 });
    const { portalId: current } = await scenario({ name: 'New portal' });
    const el = await mount(old);
    el.portal = current;
    await waitForText(el, 'New portal');
    await new Promise((r) => setTimeout(r, 1200)); // the old portal's answer has arrived by now
    expect(deepText(el)).to.contain('New portal');
    expect(deepText(el)).not.to.contain('Old portal');
  });

  it('should not let a late answer about the previous session replace the current one', async () => {
    const { portalId: old } = await scenario({ name: 'Old portal', delays: { getMe: 800 }, files: [{ name: 'old.pdf' }] });
    const { portalId: current } = await scenario({ name: 'New portal', files: [{ name: 'new.pdf' }] });
    remember(old);
    remember(current);
    const el = await mount(old);
    await new Promise((r) => setTimeout(r, 100)); // the old portal's session is being checked
    el.portal = current;
    await waitForText(el, 'new.pdf');
    await new Promise((r) => setTimeout(r, 1200)); // the old session's answer has arrived by now
    const text = deepText(el);
    expect(text).to.contain('New portal');
    expect(text).to.contain('new.pdf'); // still signed in to the new portal
    expect(text).not.to.match(/Old portal|old\.pdf|session has ended/);
    expect(localStorage.getItem(sessionKeyFor(current))).not.to.equal(null);
  });

  it('should take string overrides for translation', async () => {
    const { portalId } = await scenario();
    const el = await mount(portalId);
    el.strings = { sendCode: 'Code senden', emailLabel: 'E-Mail-Adresse' };
    await waitForText(el, 'Code senden');
    expect(deepText(el)).to.contain('E-Mail-Adresse');
  });
});
