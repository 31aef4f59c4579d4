import { waitUntil } from '@open-wc/testing';
import type { Schema } from '@foyer/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { expect } from '../../../test/expect.ts';
import {
  DANA,
  bodiesOf,
  button,
  changeScenario,
  consoleState,
  deepAll,
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
  type PortalScenario,
} from '../../../test/console-portal-support.ts';
import { TAX_DOCUMENTS, daysFromNow, docRequest, type RequestSpec } from '../../../test/console-requests-support.ts';
import { fakeId } from '../../../test/fake-api/scenario.ts';

/** Waits for what the fake API answers: a busy machine may take more than waitUntil's second. */
const until = (condition: () => unknown, message = 'the condition did not become true') => waitUntil(condition, message, { timeout: 5000 });

/** A portal whose page opens on its Requests tab, with these requests on it and these templates in the workspace. */
async function requestsTab(requests: RequestSpec[] = [], s: PortalScenario & { templates?: Schema<'RequestTemplate'>[] } = {}) {
  const portalId = fakeId('prt', Math.floor(Math.random() * 1e12));
  const portal = { id: portalId, name: '2026 tax return' } as Schema<'Portal'>;
  const built = requests.map((spec) => docRequest(portal, spec));
  const registered = await portalScenario({
    members: [DANA],
    ...s,
    portal: { id: portalId },
    files: built.flatMap((b) => b.files),
    extra: { requests: built.map((b) => b.request), templates: s.templates ?? [] },
  });
  const page = await mountPage(registered, { tab: 'requests' });
  const tab = await tabOf(page, 'foyer-console-portal-requests');
  return { ...registered, page, tab, requests: built.map((b) => b.request) };
}

function type(input: Element | null, value: string): void {
  (input as HTMLInputElement).value = value;
  input!.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** The tab's own request list, item by item: title and status. */
const items = (tab: Element) => deepAll(tab, 'ul.checklist > li').map((li) => deepText(li).trim());

/** A request from last week with one item of each state, the first one sent back once. */
const REVIEW: RequestSpec = {
  title: '2026 tax documents',
  due_at: daysFromNow(-2),
  message: 'Please send these by the due date.',
  items: [
    { title: 'Bank statements', multiple: true, files: ['statement-jan.pdf', 'statement-feb.pdf'], reason: 'December was missing.' },
    { title: 'Receipts', multiple: true },
    { title: 'Last year’s return', files: ['return-2025.pdf'], status: 'accepted' },
    { title: 'ID', required: false, status: 'not_applicable', note: 'Sent with last year’s.' },
  ],
};

describe('<foyer-console-portal-requests>', () => {
  it('should list the requests with their status, due date, progress and each item', async () => {
    const { page, tab } = await requestsTab([
      REVIEW,
      { title: 'Engagement letter', created_at: daysFromNow(-30), items: [{ title: 'Signed letter', status: 'accepted' }] },
    ]);
    await waitForText(tab, 'Bank statements');
    const text = deepText(tab);
    expect(text).to.match(/2026 tax documents Overdue Due .+ · 2 days overdue 3 of 4 done Please send these by the due date\./);
    expect(text).to.match(/Engagement letter Complete No due date 1 of 1 done/);
    expect(items(tab)[0]).to.match(
      /^Bank statements To review Several files Sent back: December was missing\. statement-jan\.pdf statement-feb\.pdf Accept Send back$/,
    );
    expect(items(tab)[1]).to.equal('Receipts Not sent yet Several files Not applicable');
    expect(items(tab)[2]).to.match(/^Last year’s return Accepted return-2025\.pdf Send back Reopen$/);
    expect(items(tab)[3]).to.equal('ID Not applicable Optional Client’s note: Sent with last year’s. Reopen');
    await expectAccessible(page);
  });

  it('should review items: accept, send back with a reason (required), reopen, set aside', async () => {
    const { page, tab, ...registered } = await requestsTab([REVIEW]);
    await waitForText(tab, 'Bank statements');
    await screenshots('requests-review');
    const [bank, receipts] = deepAll(tab, 'ul.checklist > li');
    const itemIds = registered.requests[0]!.items.map((i) => i.id);

    button(bank!, 'Accept: Bank statements').click();
    await until(() => items(tab)[0]!.startsWith('Bank statements Accepted'), 'the item was not accepted');
    await waitForText(tab, '3 of 4 done');

    // Send back: the reason is required, and said to the client.
    button(tab, 'Send back: Last year’s return').click();
    await waitForText(tab, 'What should the client change?');
    const dialog = deepQuery(tab, 'dialog')!;
    await expectAccessible(page);
    await screenshots('requests-send-back');
    button(dialog, 'Send back').click();
    await sleep(150);
    expect(deepQuery<HTMLTextAreaElement>(dialog, '[name=reason]')!.validity.valueMissing).to.equal(true);
    type(dialog.querySelector('[name=reason]'), '   ');
    button(dialog, 'Send back').click();
    await waitForText(dialog, 'Say what the client should change.');
    type(dialog.querySelector('[name=reason]'), 'This is the 2024 return; we need 2025.');
    button(dialog, 'Send back').click();
    await waitForText(tab, 'Sent back: This is the 2024 return; we need 2025.');
    expect(deepQuery(tab, 'dialog')).to.equal(null);

    button(tab, 'Reopen: ID').click();
    await until(() => items(tab)[3]!.startsWith('ID Not sent yet'), 'the item was not reopened');
    button(receipts!, 'Not applicable: Receipts').click();
    await until(() => items(tab)[1]!.startsWith('Receipts Not applicable'), 'the item was not set aside');

    const state = await pageState(registered);
    expect(state.calls.filter((c) => c.operationId === 'updateRequestItem').map((c) => [c.path.slice(-36), c.body])).to.deep.equal([
      [itemIds[0], { status: 'accepted' }],
      [itemIds[2], { status: 'changes_requested', reason: 'This is the 2024 return; we need 2025.' }],
      [itemIds[3], { status: 'open' }],
      [itemIds[1], { status: 'not_applicable' }],
    ]);
  });

  it("should download an item's file through the file's own link", async () => {
    const { tab, ...registered } = await requestsTab([REVIEW]);
    await waitForText(tab, 'statement-feb.pdf');
    const fileId = registered.requests[0]!.items[0]!.files[1]!.id;
    button(tab, 'Download: statement-feb.pdf').click();
    await until(async () => (await pageState(registered)).calls.some((c) => c.operationId === 'downloadFile'));
    expect((await pageState(registered)).calls.find((c) => c.operationId === 'downloadFile')!.path).to.equal(`/v1/files/${fileId}/content`);
  });

  it('should say why a move is refused', async () => {
    const { tab, ...registered } = await requestsTab([REVIEW]);
    await waitForText(tab, 'Bank statements');
    // Someone else accepted the statements meanwhile: this page still offers Accept.
    const extra = (await consoleState(registered.key)).extra as { requests: Schema<'DocumentRequest'>[] };
    extra.requests[0]!.items[0]!.status = 'accepted';
    await changeScenario(registered.key, { extra });
    button(tab, 'Accept: Bank statements').click();
    await waitForText(tab, 'The item is accepted; it cannot become accepted.');
  });

  it('should create a request from scratch: title, due date, message and items', async () => {
    const { page, tab, ...registered } = await requestsTab();
    await waitForText(tab, 'No requests yet');
    await expectAccessible(page);
    button(tab, 'New request').click();
    await waitForText(tab, 'Document 1');
    const dialog = deepQuery(tab, 'dialog')!;
    type(dialog.querySelector('[name=title]'), 'Engagement');
    type(dialog.querySelector('[name=due]'), '2027-01-31');
    type(dialog.querySelector('[name=message]'), 'To get started.');
    type(dialog.querySelector('fieldset.doc [name=title]'), 'Signed engagement letter');
    (dialog.querySelector('fieldset.doc [name=types][value=pdf]') as HTMLInputElement).click();
    button(dialog, 'Add a document').click();
    await waitForText(dialog, 'Document 2');
    type(dialog.querySelectorAll('fieldset.doc')[1]!.querySelector('[name=title]'), 'ID');
    await expectAccessible(page);
    await screenshots('requests-new');
    button(dialog, 'Send request').click();
    await waitForText(tab, 'Signed engagement letter');
    await waitForText(tab, '0 of 2 done');
    expect(await bodiesOf(registered, 'createRequest')).to.deep.equal([
      {
        title: 'Engagement',
        message: 'To get started.',
        due_at: new Date(2027, 0, 31, 23, 59).toISOString(),
        items: [
          { title: 'Signed engagement letter', description: null, required: true, multiple: false, allowed_types: ['application/pdf'] },
          { title: 'ID', description: null, required: true, multiple: false, allowed_types: [] },
        ],
      },
    ]);
  });

  it('should create a request from a template, and say when the portal already has it', async () => {
    const { tab, ...registered } = await requestsTab([], { templates: [TAX_DOCUMENTS] });
    await waitForText(tab, 'No requests yet');
    button(tab, 'New request').click();
    await until(() => deepQuery(tab, 'dialog[open] option[value^="rqt_"]'), 'the templates did not load');
    const dialog = deepQuery(tab, 'dialog[open]')!;
    const from = dialog.querySelector<HTMLSelectElement>('[name=from]')!;
    from.value = TAX_DOCUMENTS.id;
    from.dispatchEvent(new Event('change'));
    await waitForText(dialog, '4 items: Bank statements, Receipts, Last year’s return, ID');
    expect(dialog.querySelector('fieldset.doc')).to.equal(null);
    expect(dialog.querySelector<HTMLTextAreaElement>('[name=message]')!.placeholder).to.equal('Please send these by the due date.');
    type(dialog.querySelector('[name=due]'), '2027-03-15');
    button(dialog, 'Send request').click();
    await until(() => items(tab).length === 4, 'the request is not listed');
    expect(await bodiesOf(registered, 'applyRequestTemplate')).to.deep.equal([
      { portal_ids: [registered.portalId], due_at: new Date(2027, 2, 15, 23, 59).toISOString() },
    ]);
    // Again: the portal already has its open request from the template.
    button(tab, 'New request').click();
    await until(() => deepQuery(tab, 'dialog[open] option[value^="rqt_"]'), 'the templates did not load');
    const again = deepQuery(tab, 'dialog[open]')!;
    again.querySelector<HTMLSelectElement>('[name=from]')!.value = TAX_DOCUMENTS.id;
    again.querySelector('[name=from]')!.dispatchEvent(new Event('change'));
    await waitForText(again, '4 items');
    button(again, 'Send request').click();
    await waitForText(again, 'This portal already has an open request from this template.');
  });

  it('should change the due date, and delete a request only after confirmation', async () => {
    const { tab, ...registered } = await requestsTab([REVIEW]);
    await waitForText(tab, 'Bank statements');
    button(tab, 'Change due date: 2026 tax documents').click();
    await waitForText(tab, 'Due date (optional)');
    let dialog = deepQuery(tab, 'dialog')!;
    type(dialog.querySelector('[name=due]'), '2027-04-30');
    button(dialog, 'Change due date').click();
    await until(() => !deepText(tab).includes('overdue'), 'the request is still overdue');
    expect(await bodiesOf(registered, 'updateRequest')).to.deep.equal([{ due_at: new Date(2027, 3, 30, 23, 59).toISOString() }]);

    button(tab, 'Delete request: 2026 tax documents').click();
    await waitForText(tab, 'Files already sent stay in the portal.');
    await sendKeys({ press: 'Escape' });
    await until(() => !deepQuery(tab, 'dialog'), 'Esc did not close the dialog');
    expect(await bodiesOf(registered, 'deleteRequest')).to.have.length(0);
    button(tab, 'Delete request: 2026 tax documents').click();
    await waitForText(tab, 'Files already sent stay in the portal.');
    dialog = deepQuery(tab, 'dialog')!;
    button(dialog, 'Delete request').click();
    await waitForText(tab, 'No requests yet');
    expect(await bodiesOf(registered, 'deleteRequest')).to.have.length(1);
  });

  it('should show loading and error states', async () => {
    const slow = await requestsTab([], { delays: { listPortalRequests: 1500 } });
    await waitForText(slow.tab, 'Loading…');
    await expectAccessible(slow.page);
    const broken = await requestsTab([], { failures: { listPortalRequests: 500 } });
    await waitForText(broken.tab, 'Something went wrong');
    await expectAccessible(broken.page);
  });
});
