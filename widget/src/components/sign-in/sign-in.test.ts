import { oneEvent } from '@open-wc/testing';
import { expect } from '../../../test/expect.ts';
import { button, deepQuery, deepText, expectAccessible, fakeState, mount, scenario, waitForText } from '../../../test/support.ts';
import type { FoyerSignedInEvent } from '../../events/signed-in.ts';

async function askForCode(el: HTMLElement, email = 'dana@client.test') {
  await waitForText(el, 'Send code');
  const input = deepQuery<HTMLInputElement>(el, 'input[type=email]')!;
  input.value = email;
  button(el, 'Send code').click();
  await waitForText(el, 'Check your email');
}

function paste(target: HTMLInputElement, text: string) {
  const data = new DataTransfer();
  data.setData('text', text);
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

describe('<foyer-sign-in>', () => {
  afterEach(() => localStorage.clear());

  it('should ask for an email, then show six code boxes; a pasted code fills them and signs in', async () => {
    const { portalId } = await scenario({ files: [] });
    const el = await mount(portalId);
    await askForCode(el);
    expect(deepText(el)).to.contain('If dana@client.test has access to this portal');
    const boxes = [...deepQuery(el, 'foyer-code-input')!.shadowRoot!.querySelectorAll('input')];
    expect(boxes).to.have.length(6);
    await expectAccessible(el);
    const signedIn = oneEvent<FoyerSignedInEvent>(el, 'foyer-signed-in');
    paste(boxes[0]!, ' 123 456 ');
    expect((await signedIn).detail.method).to.equal('code');
    await waitForText(el, 'dana@client.test');
  });

  it('should count down before a new code may be sent', async () => {
    const { portalId } = await scenario({ resendAfter: 30 });
    const el = await mount(portalId);
    await askForCode(el);
    const resend = button(el, /Send a new code in \d+ s/);
    expect(resend.disabled).to.equal(true);
    expect(resend.textContent).to.match(/in (30|29) s/);
  });

  it('should honour Retry-After when sending is rate-limited', async () => {
    const { portalId } = await scenario({ rateLimit: 42 });
    const el = await mount(portalId);
    await waitForText(el, 'Send code');
    deepQuery<HTMLInputElement>(el, 'input[type=email]')!.value = 'dana@client.test';
    button(el, 'Send code').click();
    await waitForText(el, /Too many attempts\. Try again in 42 seconds\./);
    await expectAccessible(el);
  });

  it('should say when the code is wrong and let the person try again', async () => {
    const { portalId } = await scenario();
    const el = await mount(portalId);
    await askForCode(el);
    const boxes = [...deepQuery(el, 'foyer-code-input')!.shadowRoot!.querySelectorAll('input')];
    paste(boxes[0]!, '999999');
    await waitForText(el, 'That code is not right');
    expect(boxes.every((b) => b.value === '')).to.equal(true);
    expect(boxes[0]!.getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(el);
    expect((await fakeState(el.portal)).started).to.equal(1);
  });

  it('should ask only for name and email on a link-mode portal', async () => {
    const { portalId } = await scenario({ access_mode: 'link', files: [] });
    history.replaceState(null, '', `${location.pathname}#k=linkkey-0123456789abcdefghij`);
    const el = await mount(portalId);
    await waitForText(el, 'Tell us who you are');
    await expectAccessible(el);
    deepQuery<HTMLInputElement>(el, 'input[name=name]')!.value = 'Dana';
    deepQuery<HTMLInputElement>(el, 'input[name=email]')!.value = 'dana@client.test';
    button(el, 'Continue').click();
    await waitForText(el, 'dana@client.test');
    expect(location.hash).to.equal('');
  });
});
