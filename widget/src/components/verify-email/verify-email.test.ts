import { oneEvent } from '@open-wc/testing';
import { expect } from '../../../test/expect.ts';
import {
  button,
  deepQuery,
  deepText,
  expectAccessible,
  approvalRequest,
  fakeId,
  fakeState,
  sessionToken,
  mount,
  remember,
  scenario,
  screenshots,
  sessionKeyFor,
  waitForText,
} from '../../../test/support.ts';
import type { FoyerApprovalDecidedEvent } from '../../events/approval-decided.ts';
import type { FoyerSignedInEvent } from '../../events/signed-in.ts';

const request = approvalRequest({ id: fakeId('apr', 2), due_at: null });

function paste(target: HTMLInputElement, text: string) {
  const data = new DataTransfer();
  data.setData('text', text);
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

const codeBoxes = (el: Element) => [...deepQuery(el, 'foyer-code-input')!.shadowRoot!.querySelectorAll('input')];

async function approveAsLinkVisitor() {
  const { portalId } = await scenario({
    linkSession: true,
    files: [{ name: 'Return.pdf', versions: 2 }],
    collaboration: { approvals: { 'Return.pdf': [{ ...request, decisions: [] }] }, comments: {}, events: [] },
  });
  remember(portalId);
  const el = await mount(portalId);
  await waitForText(el, 'Return.pdf');
  button(el, 'Open Return.pdf').click();
  await waitForText(el, 'Your approval is requested for version 2.');
  button(el, 'Approve').click();
  await waitForText(el, 'Approve version 2?');
  (deepQuery(deepQuery(el, 'foyer-approval')!, 'button[type=submit]') as HTMLButtonElement).click();
  return { el, portalId };
}

describe('<foyer-verify-email>', () => {
  afterEach(() => localStorage.clear());

  it('should run the code flow inline when a link visitor decides, then send the decision again', async () => {
    const { el, portalId } = await approveAsLinkVisitor();
    await waitForText(el, 'Confirm your email address');
    const email = deepQuery<HTMLInputElement>(el, 'input#verify-email')!;
    expect(email.value).to.equal('dana@client.test');
    expect(deepText(el)).not.to.contain('Approved by');
    await expectAccessible(el);
    await screenshots('verify-email-ask');

    button(el, 'Send code').click();
    await waitForText(el, 'Check your email');
    expect((await fakeState(portalId)).codeFor).to.equal('dana@client.test');
    await screenshots('verify-email-code');

    paste(codeBoxes(el)[0]!, '999999');
    await waitForText(el, 'That code is not right');
    expect(codeBoxes(el).every((b) => b.value === '')).to.equal(true);
    await expectAccessible(el);
    await screenshots('verify-email-wrong-code');

    const signedIn = oneEvent<FoyerSignedInEvent>(el, 'foyer-signed-in');
    const decided = oneEvent<FoyerApprovalDecidedEvent>(el, 'foyer-approval-decided');
    paste(codeBoxes(el)[0]!, '123456');
    expect((await signedIn).detail.method).to.equal('code');
    expect((await decided).detail).to.include({ approval_request_id: request.id, version: 2, decision: 'approve' });
    await waitForText(el, /Approved by dana@client\.test on .+, version 2/);
    await screenshots('verify-email-decided');

    // The decision went out with the new, verified session, which the page now remembers.
    const state = (await fakeState(portalId)) as { decidedWith: Record<string, string> };
    expect(state.decidedWith[request.id]).to.equal(sessionToken(portalId, true));
    expect((JSON.parse(localStorage.getItem(sessionKeyFor(portalId))!) as { token: string }).token).to.equal(sessionToken(portalId, true));
  });

  it('should let the visitor give up and come back to the buttons', async () => {
    const { el } = await approveAsLinkVisitor();
    await waitForText(el, 'Confirm your email address');
    button(el, 'Cancel').click();
    await waitForText(el, 'Request changes');
    expect(deepText(el)).not.to.contain('Confirm your email address');
  });
});

describe('<foyer-sign-in> in a link-mode portal', () => {
  afterEach(() => localStorage.clear());

  it('should send a code when the email belongs to a member, and sign in with it', async () => {
    const { portalId } = await scenario({ access_mode: 'link', members: ['dana@client.test'], files: [] });
    history.replaceState(null, '', `${location.pathname}#k=linkkey-0123456789abcdefghij`);
    const el = await mount(portalId);
    await waitForText(el, 'Tell us who you are');
    deepQuery<HTMLInputElement>(el, 'input[name=name]')!.value = 'Mallory';
    deepQuery<HTMLInputElement>(el, 'input[name=email]')!.value = 'dana@client.test';
    button(el, 'Continue').click();
    await waitForText(el, 'Check your email');
    expect((await fakeState(portalId)).codeFor).to.equal('dana@client.test');
    await expectAccessible(el);
    const signedIn = oneEvent<FoyerSignedInEvent>(el, 'foyer-signed-in');
    paste(codeBoxes(el)[0]!, '123456');
    expect((await signedIn).detail.method).to.equal('code');
    history.replaceState(null, '', location.pathname);
  });
});
