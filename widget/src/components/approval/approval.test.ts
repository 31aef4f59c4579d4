import { oneEvent } from '@open-wc/testing';
import { expect } from '../../../test/expect.ts';
import type { Schema } from '@foyer/sdk';
import {
  approvalRequest,
  button,
  deepQuery,
  deepText,
  expectAccessible,
  fakeId,
  mount,
  remember,
  scenario,
  waitForText,
} from '../../../test/support.ts';
import type { FoyerApprovalDecidedEvent } from '../../events/approval-decided.ts';

const request = (status: Schema<'ApprovalStatus'> = 'pending') => approvalRequest({ status });

async function open(approvals: Schema<'ApprovalRequest'>[]) {
  const { portalId } = await scenario({
    files: [{ name: 'Return.pdf', versions: 2 }],
    collaboration: { approvals: { 'Return.pdf': approvals }, comments: {}, events: [] },
  });
  remember(portalId);
  const el = await mount(portalId);
  await waitForText(el, 'Return.pdf');
  button(el, 'Open Return.pdf').click();
  return el;
}

describe('<foyer-approval>', () => {
  afterEach(() => localStorage.clear());

  it('should show what is asked, confirm, and record the decision', async () => {
    const el = await open([request()]);
    await waitForText(el, 'Your approval is requested for version 2.');
    expect(deepText(el)).to.contain('Please check the totals on page 3.');
    expect(deepText(el)).to.contain('Due Dec 15');
    await expectAccessible(el);
    button(el, 'Approve').click();
    await waitForText(el, 'Approve version 2?');
    await expectAccessible(el);
    const panel = deepQuery(el, 'foyer-approval')!;
    setTimeout(() => (deepQuery(panel, 'button[type=submit]') as HTMLButtonElement).click());
    const decided = await oneEvent<FoyerApprovalDecidedEvent>(el, 'foyer-approval-decided');
    expect(decided.detail).to.deep.equal({
      approval_request_id: fakeId('apr', 1),
      file_id: decided.detail.file_id,
      version: 2,
      decision: 'approve',
    });
    await waitForText(el, /Approved by dana@client\.test on .+, version 2/);
    await expectAccessible(el);
  });

  it('should require a note to request changes', async () => {
    const el = await open([request()]);
    await waitForText(el, 'Request changes');
    button(el, 'Request changes').click();
    await waitForText(el, 'What should change?');
    const note = deepQuery<HTMLTextAreaElement>(el, 'textarea#note')!;
    expect(note.required).to.equal(true);
    note.value = 'The address is wrong.';
    (deepQuery(deepQuery(el, 'foyer-approval')!, 'button[type=submit]') as HTMLButtonElement).click();
    await waitForText(el, /Changes requested by dana@client\.test/);
    expect(deepText(el)).to.contain('“The address is wrong.”');
  });

  it('should render nothing when no approval was asked for', async () => {
    const el = await open([]);
    await waitForText(el, 'Details');
    await new Promise((r) => setTimeout(r, 200));
    expect(deepQuery(el, 'foyer-approval')!.shadowRoot!.children.length).to.equal(0);
  });
});
