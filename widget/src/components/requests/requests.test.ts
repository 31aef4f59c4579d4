import { expect } from '../../../test/expect.ts';
import { openRequests, taxRequest } from '../../../test/requests-support.ts';
import { deepAll, deepQuery, deepText, expectAccessible, screenshots, waitForText } from '../../../test/support.ts';

describe('<foyer-requests>', () => {
  afterEach(() => localStorage.clear());

  it('should show an open request first, above the files, as a checklist with its progress', async () => {
    const { el } = await openRequests({ requests: [taxRequest()] });
    const requests = deepQuery(el, 'foyer-requests')!;
    await waitForText(requests, '2026 tax documents');
    const list = deepQuery(el, 'foyer-file-list')!;
    expect(requests.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const text = deepText(requests);
    expect(text).to.contain('What Acme Accounting needs from you');
    expect(text).to.contain('Please send these before the 15th');
    expect(text).to.match(/Due \w+ \d+/);
    expect(text).to.contain('1 of 4 done');
    const bar = deepQuery<HTMLProgressElement>(requests, 'progress.bar')!;
    expect([bar.value, bar.max]).to.deep.equal([1, 4]);
    // Each item: what is asked, required or not, the types in words, its status.
    expect(text).to.contain('Every account, January to December.');
    expect(text).to.contain('Required · PDF documents or images · several files');
    expect(text).to.contain("Last year's return Open");
    expect(text).to.contain('Optional · PDF documents or images · one file');
    expect(text).to.contain('Bank statements Sent');
    expect(text).to.contain('statement-jan.pdf');
    await expectAccessible(el);
  });

  it("should show the business's reason on an item sent back", async () => {
    const { el } = await openRequests({ requests: [taxRequest()] });
    await waitForText(el, 'Please re-send');
    expect(deepText(el)).to.contain('Acme Accounting sent this back: The December receipts are missing.');
  });

  it('should say plainly when a request is overdue', async () => {
    const { el } = await openRequests({ requests: [taxRequest({ due_at: new Date(Date.now() - 3 * 86_400_000).toISOString() })] });
    await waitForText(el, 'Overdue: it was due');
    expect(deepQuery(el, '.due.overdue')).to.be.instanceOf(HTMLElement);
    await expectAccessible(el);
  });

  it('should collapse a complete request to one line, with no upload target', async () => {
    const done = taxRequest({
      title: '2025 tax documents',
      items: [
        { title: 'Bank statements', status: 'accepted', files: ['a.pdf'] },
        { title: 'ID', required: false, status: 'not_applicable' },
      ],
    });
    const { el } = await openRequests({ requests: [done] });
    await waitForText(el, '2025 tax documents — complete');
    const requests = deepQuery(el, 'foyer-requests')!;
    expect(deepAll(requests, 'foyer-upload')).to.have.length(0);
    expect(deepText(requests)).not.to.contain('Bank statements');
    await expectAccessible(el);
  });

  it('should show nothing above the files when the portal has no requests', async () => {
    const { el } = await openRequests({});
    await waitForText(el, 'Engagement letter.pdf');
    expect(deepText(deepQuery(el, 'foyer-requests')!).trim()).to.equal('');
  });

  it('should offer Try again when the requests do not load', async () => {
    const { el } = await openRequests({ requestsStatus: 500 });
    await waitForText(el, 'Could not load this');
    await expectAccessible(el);
  });

  it('should look right at 1280 and 360 px', async () => {
    const { el } = await openRequests({
      requests: [
        taxRequest(),
        taxRequest({ title: '2025 tax documents', items: [{ title: 'Bank statements', status: 'accepted', files: ['a.pdf'] }] }),
      ],
    });
    await waitForText(el, '2025 tax documents — complete');
    await screenshots('portal-requests', 360);
  });
});
