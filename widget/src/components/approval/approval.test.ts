import { oneEvent } from '@open-wc/testing';
import { expect } from '../../../test/expect.ts';
import type { Schema } from '@foyer/sdk';
import {
  approvalRequest,
  button,
  DANA_ID,
  deepQuery,
  deepText,
  expectAccessible,
  fakeId,
  linksFollowedBy,
  mount,
  remember,
  scenario,
  screenshots,
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
      sha256: 'a'.repeat(64),
      decision: 'approve',
      note: null,
      status: 'approved',
      member_id: DANA_ID,
      email: 'dana@client.test',
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
    setTimeout(() => (deepQuery(deepQuery(el, 'foyer-approval')!, 'button[type=submit]') as HTMLButtonElement).click());
    const decided = await oneEvent<FoyerApprovalDecidedEvent>(el, 'foyer-approval-decided');
    // What the webhook event approval.changes_requested carries for it.
    expect(decided.detail).to.deep.include({ decision: 'request_changes', note: 'The address is wrong.', status: 'changes_requested' });
    await waitForText(el, /Changes requested by dana@client\.test/);
    expect(deepText(el)).to.contain('“The address is wrong.”');
  });

  it('should open the signed receipt of a decided request in a new tab, and offer none before', async () => {
    const decision: Schema<'Decision'> = {
      id: fakeId('dec', 1),
      member_id: fakeId('mem', 1),
      email: 'dana@client.test',
      decision: 'approve',
      note: null,
      version: 2,
      sha256: 'a'.repeat(64),
      sign_in_method: 'code',
      ip: null,
      user_agent: null,
      created_at: '2026-11-21T10:00:00.000Z',
    };
    const el = await open([approvalRequest({ status: 'approved', decisions: [decision] })]);
    await waitForText(el, /Approved by dana@client\.test/);
    await expectAccessible(el);
    await screenshots('approval-receipt', 360);
    const opened = await linksFollowedBy(() => button(el, 'Receipt').click());
    expect(opened[0]!.target).to.equal('_blank');
    expect(opened[0]!.href).to.match(/^blob:/);
    expect(await (await fetch(opened[0]!.href)).text()).to.contain('<h1>Approval receipt</h1>');

    const pending = await open([request()]);
    await waitForText(pending, 'Approve');
    expect(deepText(pending)).not.to.contain('Receipt');
  });

  it('should render nothing when no approval was asked for', async () => {
    const el = await open([]);
    await waitForText(el, 'Details');
    await new Promise((r) => setTimeout(r, 200));
    expect(deepQuery(el, 'foyer-approval')!.shadowRoot!.children.length).to.equal(0);
  });
});
