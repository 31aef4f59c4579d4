import { waitUntil } from '@open-wc/testing';
import { expect } from '../../../test/expect.ts';
import {
  DANA,
  allowClipboard,
  button,
  deepAll,
  deepText,
  expectAccessible,
  linksFollowedBy,
  mountPage,
  portalScenario,
  realClick,
  screenshots,
  tabOf,
  waitForText,
} from '../../../test/console-portal-support.ts';

describe('<foyer-console-portal-approvals>', () => {
  afterEach(() => allowClipboard(false));

  async function decided() {
    const registered = await portalScenario({
      members: [DANA, { email: 'sam@client.test', name: 'Sam Whitfield' }],
      files: [{ name: '2026 return.pdf' }, { name: 'engagement-letter.pdf' }],
      approvals: [
        { file: '2026 return.pdf', decisions: ['approve'], message: 'Please approve your return.' },
        { file: 'engagement-letter.pdf', due_at: '2026-01-02T17:00:00.000Z', rule: 'all' },
      ],
    });
    const page = await mountPage(registered, { tab: 'approvals' });
    const tab = await tabOf(page, 'foyer-console-portal-approvals');
    await waitForText(tab, 'Approved by Dana Whitfield');
    return { page, tab };
  }

  it('should list each request with its status and decisions', async () => {
    const { page, tab } = await decided();
    const text = deepText(tab);
    expect(text).to.match(/2026 return\.pdf · Version 1 Approved/);
    expect(text).to.contain('Verified email: dana@client.test · Signed in with an emailed code');
    expect(text).to.match(/engagement-letter\.pdf · Version 1 Overdue/);
    expect(text).to.contain('Every approver must approve');
    expect(text).to.contain('Waiting for Dana Whitfield, Sam Whitfield');
    await expectAccessible(page);
    await screenshots('approvals');
  });

  it('should show the decision record with its sha256, and copy it', async () => {
    const { page, tab } = await decided();
    button(tab, 'Show the record').click();
    await waitForText(tab, 'Hide the record');
    // The button says Hide at once; the record itself comes a request later.
    await waitUntil(() => tab.shadowRoot!.querySelector('.record'), 'the record');
    const record = tab.shadowRoot!.querySelector('.record')!;
    const sha256 = record.querySelector('dd.mono')!.textContent.trim();
    expect(sha256).to.match(/^[0-9a-f]{64}$/);
    expect(deepText(record)).to.match(
      /Who Dana Whitfield Verified email dana@client\.test Signed in with an emailed code When .* Version 1 SHA-256 [0-9a-f]{64}/,
    );
    await expectAccessible(page);
    await screenshots('approvals-record');

    await allowClipboard(true);
    button(tab, 'Copy SHA-256').click();
    await waitForText(tab, 'Copied');
    expect(await navigator.clipboard.readText()).to.equal(sha256);
    button(record, 'Copy the record').click();
    await waitForText(record, 'Copied');
    const copied = JSON.parse(await navigator.clipboard.readText()) as { decisions: { sha256: string; email: string; version: number }[] };
    expect(copied.decisions[0]).to.include({ sha256, email: 'dana@client.test', version: 1 });
  });

  it('should open a decided request’s receipt in a new tab, and say so when it cannot', async () => {
    const { page, tab } = await decided();
    // Only the decided request has one.
    expect(deepAll(tab, 'button').filter((b) => b.textContent.trim() === 'Receipt')).to.have.length(1);
    await screenshots('approvals-receipt');
    const opened = await linksFollowedBy(() => button(tab, 'Receipt').click());
    expect(opened[0]!.target).to.equal('_blank');
    expect(await (await fetch(opened[0]!.href)).text()).to.match(/<h1>Approval receipt<\/h1><p>apr_[0-9a-z]+: approved<\/p>/);
    await expectAccessible(page);

    const broken = await portalScenario({
      members: [DANA],
      files: [{ name: 'a.pdf' }],
      approvals: [{ file: 'a.pdf', decisions: ['approve'] }],
      failures: { getApprovalReceipt: 500 },
    });
    const failing = await tabOf(await mountPage(broken, { tab: 'approvals' }), 'foyer-console-portal-approvals');
    await waitForText(failing, 'Approved by Dana Whitfield');
    button(failing, 'Receipt').click();
    await waitForText(failing, 'Something went wrong');
  });

  it('should still copy when the Clipboard API is refused', async () => {
    const { tab } = await decided();
    const copy = deepAll(tab, 'foyer-console-copy')[0]!;
    await realClick(copy.shadowRoot!.querySelector('button')!);
    await waitForText(copy, 'Copied');
    await allowClipboard(true);
    expect(await navigator.clipboard.readText()).to.match(/^[0-9a-f]{64}$/);
  });

  it('should show loading, empty and error states', async () => {
    const slow = await portalScenario({ delays: { listFiles: 1500 } });
    let page = await mountPage(slow, { tab: 'approvals' });
    await waitForText(page, 'Loading…');
    await expectAccessible(page);
    await screenshots('approvals-loading');
    await waitForText(page, 'No approval requests');
    await expectAccessible(page);
    await screenshots('approvals-empty');
    const broken = await portalScenario({
      files: [{ name: 'a.pdf' }],
      approvals: [{ file: 'a.pdf' }],
      failures: { listApprovalRequests: 500 },
    });
    page = await mountPage(broken, { tab: 'approvals' });
    await waitForText(page, 'Something went wrong');
    await expectAccessible(page);
    await screenshots('approvals-error');
  });
});
