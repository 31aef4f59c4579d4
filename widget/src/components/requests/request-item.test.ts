import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '@open-wc/testing';
import type { Schema } from '@foyer/sdk';
import { expect } from '../../../test/expect.ts';
import { button, deepAll, deepQuery, deepText, expectAccessible, fakeState, waitForText } from '../../../test/support.ts';
import type { FoyerFileUploadedEvent } from '../../events/file-uploaded.ts';
import type { FoyerRequestItemSubmittedEvent } from '../../events/request-item-submitted.ts';
import type { FoyerUpload } from '../upload/upload.component.ts';
import type { FoyerRequestItem } from './request-item.component.ts';
import { openRequests, taxRequest } from '../../../test/requests-support.ts';

/** The item element titled `title`, once the checklist shows it. */
async function itemNamed(root: Element, title: string): Promise<FoyerRequestItem> {
  await waitForText(root, title);
  const item = deepAll(root, 'foyer-request-item').find((el) => (el as FoyerRequestItem).item?.title === title);
  if (!item) throw new Error(`no item ${title}`);
  return item as FoyerRequestItem;
}

const uploadOf = (item: Element) => deepQuery<FoyerUpload>(item, 'foyer-upload')!;
const pdf = (name: string, size = 200_000) => new File(['%PDF-1.7\n', new Uint8Array(size).fill(32)], name, { type: 'application/pdf' });
const itemsOf = async (portalId: string) =>
  ((await fakeState(portalId)) as { requests: Schema<'DocumentRequest'>[] }).requests.flatMap((r) => r.items);

describe('<foyer-request-item>', () => {
  afterEach(() => localStorage.clear());

  it('should upload to the item with progress, then refresh the request and the files and announce it', async () => {
    const { el, portalId } = await openRequests({ requests: [taxRequest()], uploadDelay: 400 });
    const item = await itemNamed(el, "Last year's return");
    const submitted: FoyerRequestItemSubmittedEvent[] = [];
    const uploaded: FoyerFileUploadedEvent[] = [];
    el.addEventListener('foyer-request-item-submitted', (e) => submitted.push(e));
    el.addEventListener('foyer-file-uploaded', (e) => uploaded.push(e));
    uploadOf(item).addFiles([pdf('return-2025.pdf')]);
    await waitForText(item, 'Uploading…');
    expect(deepQuery(item, 'progress')).to.be.instanceOf(HTMLProgressElement);
    await expectAccessible(item);
    await waitForText(item, "Last year's return Sent");
    await waitForText(el, '2 of 4 done');
    await waitForText(deepQuery(el, 'foyer-file-list')!, 'return-2025.pdf');
    expect(deepText(item)).to.contain('return-2025.pdf');
    const target = (await itemsOf(portalId)).find((i) => i.title === "Last year's return")!;
    expect(target.status).to.equal('submitted');
    expect(submitted).to.have.length(1);
    const { file } = submitted[0]!.detail;
    // As the webhook event request_item.submitted says it: the request, the file and its version.
    expect(submitted[0]!.detail).to.deep.include({ request_id: target.request_id, item_id: target.id, file_id: file.id, version: 1 });
    expect(submitted[0]!.detail.file.name).to.equal('return-2025.pdf');
    expect(submitted[0]!.bubbles && submitted[0]!.composed).to.equal(true);
    expect(uploaded.map((e) => e.detail.new_version)).to.deep.equal([false]);
  });

  it('should send several files at once to an item that takes several, each with its progress', async () => {
    const { el, portalId } = await openRequests({ requests: [taxRequest()], uploadDelay: 600 });
    const item = await itemNamed(el, 'Bank statements');
    uploadOf(item).addFiles([pdf('feb.pdf'), pdf('mar.pdf'), pdf('apr.pdf')]);
    await waitUntil(() => deepAll(item, 'progress').length === 3, 'three transfers with progress');
    expect(deepText(item).match(/Uploading… \d+%/g)).to.have.length(3);
    await waitForText(item, 'apr.pdf 195 kB');
    await waitUntil(async () => (await itemsOf(portalId))[0]!.files.length === 4, 'four files on the item', { timeout: 5000 });
  });

  it('should take several files only where the item does, and re-send a one-file item as a new version', async () => {
    const { el, portalId } = await openRequests({ requests: [taxRequest()] });
    const several = await itemNamed(el, 'Bank statements');
    const one = await itemNamed(el, "Last year's return");
    expect(deepQuery<HTMLInputElement>(several, 'input[type=file]')!.multiple).to.equal(true);
    expect(deepQuery<HTMLInputElement>(one, 'input[type=file]')!.multiple).to.equal(false);
    expect(deepQuery<HTMLInputElement>(one, 'input[type=file]')!.accept).to.equal('application/pdf');
    const uploaded: FoyerFileUploadedEvent[] = [];
    el.addEventListener('foyer-file-uploaded', (e) => uploaded.push(e));
    uploadOf(one).addFiles([pdf('first.pdf'), pdf('second.pdf')]);
    await waitForText(one, 'Send a new version');
    expect(deepText(one)).not.to.contain('second.pdf');
    uploadOf(one).addFiles([pdf('again.pdf')]);
    await waitUntil(() => uploaded.length === 2, 'the re-send');
    expect(uploaded.map((e) => e.detail.new_version)).to.deep.equal([false, true]);
    const target = (await itemsOf(portalId)).find((i) => i.title === "Last year's return")!;
    expect(target.files.map((f) => f.version_count)).to.deep.equal([2]);
  });

  it('should refuse a type the item does not take before sending anything', async () => {
    const { el, portalId } = await openRequests({ requests: [taxRequest()] });
    const item = await itemNamed(el, "Last year's return");
    uploadOf(item).addFiles([new File(['PK\x03\x04'], 'report.zip', { type: 'application/zip' })]);
    await waitForText(item, "Last year's return accepts PDF documents — report.zip is a ZIP archive.");
    await expectAccessible(item);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const target = (await itemsOf(portalId)).find((i) => i.title === "Last year's return")!;
    expect([target.status, target.files.length]).to.deep.equal(['open', 0]);
  });

  it("should show the service's 415 when the content is not what the name says", async () => {
    const { el } = await openRequests({ requests: [taxRequest()] });
    const item = await itemNamed(el, "Last year's return");
    uploadOf(item).addFiles([new File(['PK\x03\x04 not a pdf'], 'scan.pdf', { type: 'application/pdf' })]);
    await waitForText(item, "Last year's return accepts PDF documents (application/pdf); this file is a ZIP archive (application/zip).");
  });

  it('should take a dropped file on the item', async () => {
    const { el } = await openRequests({ requests: [taxRequest()] });
    const item = await itemNamed(el, "Last year's return");
    const transfer = new DataTransfer();
    transfer.items.add(pdf('dropped.pdf'));
    const zone = deepQuery(uploadOf(item), '.zone')!;
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    expect(uploadOf(item).dragging).to.equal(true);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await waitForText(item, "Last year's return Sent");
  });

  it('should mark an optional item not applicable with a note, and undo it', async () => {
    const { el, portalId } = await openRequests({ requests: [taxRequest()] });
    const item = await itemNamed(el, 'ID');
    expect(() => button(deepQuery(el, 'foyer-requests')!, "Not applicable: Last year's return")).to.throw();
    button(item, 'Not applicable: ID').click();
    await waitUntil(() => deepQuery(item, 'textarea'));
    const note = deepQuery<HTMLTextAreaElement>(item, 'textarea')!;
    expect(item.shadowRoot!.activeElement).to.equal(note);
    note.value = 'I have a residence permit only; sent by post.';
    await expectAccessible(item);
    button(item, 'Mark as not applicable').click();
    await waitForText(item, 'ID Not applicable');
    expect(deepText(item)).to.contain('Your note: I have a residence permit only; sent by post.');
    expect(deepQuery(item, 'foyer-upload')).to.equal(null);
    await waitForText(el, '2 of 4 done');
    expect((await itemsOf(portalId)).find((i) => i.title === 'ID')).to.deep.include({
      status: 'not_applicable',
      note: 'I have a residence permit only; sent by post.',
    });
    button(item, 'Undo: ID').click();
    await waitForText(item, 'ID Open');
    await waitForText(el, '1 of 4 done');
    expect(deepQuery(item, 'foyer-upload')).to.be.instanceOf(HTMLElement);
    expect((await itemsOf(portalId)).find((i) => i.title === 'ID')!.status).to.equal('open');
  });

  it('should take uploads to an item even where client uploads are off', async () => {
    const { el } = await openRequests({ requests: [taxRequest()], client_uploads: false, uploadStatus: 403 });
    const item = await itemNamed(el, "Last year's return");
    expect(deepQuery(deepQuery(el, 'foyer-file-list')!, 'foyer-upload')).to.equal(null);
    uploadOf(item).addFiles([pdf('return.pdf')]);
    await waitForText(item, "Last year's return Sent");
  });

  it('should have no upload target on an accepted item', async () => {
    const request = taxRequest({ items: [{ title: 'Bank statements', status: 'accepted', files: ['jan.pdf'] }, { title: 'Receipts' }] });
    const { el } = await openRequests({ requests: [request] });
    const accepted = await itemNamed(el, 'Bank statements');
    await waitForText(accepted, 'Accepted');
    expect(deepQuery(accepted, 'foyer-upload')).to.equal(null);
    expect(deepQuery(await itemNamed(el, 'Receipts'), 'foyer-upload')).to.be.instanceOf(HTMLElement);
  });

  it('should open a file already sent in its view', async () => {
    const { el } = await openRequests({ requests: [taxRequest()] });
    const item = await itemNamed(el, 'Bank statements');
    button(item, 'Open statement-jan.pdf').click();
    await waitUntil(() => deepQuery(el, 'foyer-file-view'), 'the file view');
  });

  it('should be usable by keyboard: Not applicable, its note and Undo by Tab and Enter, the picker by Enter', async () => {
    const { el } = await openRequests({ requests: [taxRequest()] });
    const item = await itemNamed(el, 'ID');
    button(item, 'Choose a file: ID').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(item)).to.equal(button(item, 'Not applicable: ID'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(item)?.tagName === 'TEXTAREA', 'the note field focused');
    await sendKeys({ type: 'Not needed this year' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitForText(item, 'Your note: Not needed this year');
    await waitUntil(() => focused(item) === button(item, 'Undo: ID'), 'Undo focused');
    await sendKeys({ press: 'Enter' });
    await waitForText(item, 'ID Open');
    await waitUntil(() => focused(item) === button(item, 'Not applicable: ID'), 'Not applicable focused again');

    button(item, 'Choose a file: ID').focus();
    await executeServerCommand('choose-files', { files: [{ name: 'passport.pdf', content: '%PDF-1.7\npassport' }] });
    await sendKeys({ press: 'Enter' });
    await waitForText(item, 'ID Sent');
    expect(deepText(item)).to.contain('passport.pdf');
  });
});

/** The element that has the focus inside `root`, through nested shadow roots. */
function focused(root: Element): Element | null {
  let active = root.shadowRoot?.activeElement ?? null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
