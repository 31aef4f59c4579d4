import { waitUntil } from '@open-wc/testing';
import { expect } from '../../../test/expect.ts';
import { button, deepQuery, deepText, expectAccessible, fakeState, mount, remember, scenario, waitForText } from '../../../test/support.ts';
import type { FoyerFileUploadedEvent } from '../../events/file-uploaded.ts';
import type { FoyerUpload } from './upload.component.ts';

async function ready(s: Parameters<typeof scenario>[0], maxUploadBytes?: number) {
  const { portalId } = await scenario({ files: [], ...s });
  remember(portalId);
  const el = await mount(portalId);
  if (maxUploadBytes) el.maxUploadBytes = maxUploadBytes;
  await waitForText(el, 'No files yet');
  const upload = deepQuery<FoyerUpload>(el, 'foyer-upload')!;
  return { el, upload, portalId };
}

const pdf = (name: string, size = 2048) => new File([new Uint8Array(size).fill(32)], name, { type: 'application/pdf' });
const MiB = 1024 * 1024;
/** The fake's log of tus requests for the portal: `POST prt_…`, `PATCH 0`, `HEAD`, `DELETE`. */
const tusLog = async (portalId: string) => ((await fakeState(portalId)).tusLog ?? []) as string[];
/** Waits until the fake holds `bytes` of an upload (its PATCH stalls there: `tusStallAt`). */
const holding = (portalId: string, bytes: number) =>
  waitUntil(async () => {
    const uploads = ((await fakeState(portalId)).uploads ?? {}) as Record<string, { offset: number }>;
    return Object.values(uploads).some((u) => u.offset >= bytes);
  }, `the fake never held ${bytes} bytes`);
const savedUploads = () => Object.keys(localStorage).filter((key) => key.startsWith('foyer:upload:'));

describe('<foyer-upload>', () => {
  afterEach(() => localStorage.clear());

  it('should show the size limit before any transfer', async () => {
    const { upload } = await ready({}, 10 * 1024 * 1024);
    expect(deepText(upload)).to.contain('up to 10 MB each');
    await expectAccessible(upload);
  });

  it('should upload several files with progress and announce each with foyer-file-uploaded', async () => {
    const { el, upload } = await ready({});
    const uploaded: FoyerFileUploadedEvent[] = [];
    el.addEventListener('foyer-file-uploaded', (e) => uploaded.push(e));
    upload.addFiles([pdf('one.pdf', 300_000), pdf('two.pdf')]);
    await waitForText(upload, /Uploading…|Uploaded/);
    await expectAccessible(el);
    await waitForText(el, 'two.pdf');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(uploaded.map((e) => e.detail.file.name).sort()).to.deep.equal(['one.pdf', 'two.pdf']);
    expect(uploaded[0]!.detail.new_version).to.equal(false);
    await waitForText(deepQuery(el, 'foyer-file-list')!, 'Uploaded by you');
  });

  it('should refuse a file over the limit before sending it', async () => {
    const { upload } = await ready({}, 500);
    upload.addFiles([pdf('huge.pdf', 5000)]);
    await waitForText(upload, 'Too big: the limit is 500 bytes.');
    await expectAccessible(upload);
  });

  it('should keep a refused file’s row in one line: icon, then its name and reason, then dismiss', async () => {
    const { upload } = await ready({}, 500);
    upload.addFiles([pdf('huge.pdf', 5000)]);
    await waitForText(upload, 'Too big: the limit is 500 bytes.');
    const row = deepQuery<HTMLElement>(upload, 'li.failed')!;
    const icon = row.querySelector<HTMLElement>('.item-icon')!.getBoundingClientRect();
    const body = row.querySelector<HTMLElement>('.item-body')!.getBoundingClientRect();
    // The icon keeps its own width; the name and the reason take the rest of the row.
    expect(icon.width).to.be.below(40);
    expect(body.left - icon.right).to.be.below(24);
  });

  it('should say when uploads are switched off or the service finds the file too big', async () => {
    const { upload } = await ready({ uploadStatus: 403 });
    upload.addFiles([pdf('a.pdf')]);
    await waitForText(upload, 'Uploads are switched off for this portal.');
    const { upload: second } = await ready({ uploadStatus: 413 });
    second.addFiles([pdf('b.pdf')]);
    await waitForText(second, 'Too big');
  });

  it('should send a file above 8 MiB as a resumable upload that waits out a failing service', async () => {
    const { el, upload, portalId } = await ready({ tusFail: [503] }, 100 * MiB);
    upload.addFiles([pdf('big.pdf', 9 * MiB)]);
    await waitForText(upload, /^(?!.*Uploading).*Uploaded/);
    expect(await tusLog(portalId)).to.deep.equal([`POST ${portalId}`, 'PATCH 0', 'HEAD', 'PATCH 0']);
    expect(savedUploads()).to.deep.equal([]);
    // A small file still goes in one plain request.
    upload.addFiles([pdf('small.pdf')]);
    await waitForText(deepQuery(el, 'foyer-file-list')!, 'small.pdf');
    expect(await tusLog(portalId)).to.have.length(4);
  });

  it('should pause and resume a big upload from where the service is', async () => {
    const { upload, portalId } = await ready({ tusStallAt: 3 * MiB }, 100 * MiB);
    upload.addFiles([pdf('big.pdf', 9 * MiB)]);
    await holding(portalId, 3 * MiB);
    button(upload, 'Pause upload of big.pdf').click();
    await waitForText(upload, /Paused at \d+%/);
    await expectAccessible(upload);
    button(upload, 'Resume upload of big.pdf').click();
    await waitForText(upload, 'Uploaded');
    const log = await tusLog(portalId);
    expect(log.slice(0, 2)).to.deep.equal([`POST ${portalId}`, 'PATCH 0']);
    expect(log[2]).to.equal('HEAD');
    expect(Number(log[3]!.split(' ')[1])).to.be.at.least(3 * MiB);
  });

  it('should offer to resume after a reload, and go on from the saved upload', async () => {
    const { el, upload, portalId } = await ready({ tusStallAt: 4 * MiB }, 100 * MiB);
    const file = pdf('cut.pdf', 9 * MiB);
    upload.addFiles([file]);
    await holding(portalId, 4 * MiB);
    expect(savedUploads()).to.have.length(1);
    el.remove(); // the page goes away mid-upload; the saved upload stays
    await new Promise((r) => setTimeout(r, 100));
    expect(savedUploads()).to.have.length(1);

    const again = await mount(portalId);
    await waitForText(again, 'No files yet');
    const second = deepQuery<FoyerUpload>(again, 'foyer-upload')!;
    second.addFiles([file]); // the same file, picked again
    // The service says how much it holds (4 MiB of 9: 44%), not what the browser handed to the network.
    await waitForText(second, /Resume the upload of cut\.pdf from 4[45]%\?/);
    await expectAccessible(second);
    button(second, 'Resume upload of cut.pdf').click();
    await waitForText(second, /^(?!.*Uploading).*Uploaded/);
    const log = await tusLog(portalId);
    expect(log.filter((l) => l.startsWith('POST'))).to.have.length(1);
    expect(log.slice(-2)[0]).to.equal('HEAD');
    expect(Number(log.at(-1)!.split(' ')[1])).to.be.at.least(4 * MiB);
    expect(savedUploads()).to.deep.equal([]);
  });

  it('should start over when asked, deleting the saved upload', async () => {
    const { el, upload, portalId } = await ready({ tusStallAt: 2 * MiB }, 100 * MiB);
    const file = pdf('again.pdf', 9 * MiB);
    upload.addFiles([file]);
    await holding(portalId, 2 * MiB);
    el.remove();
    const again = await mount(portalId);
    await waitForText(again, 'No files yet');
    const second = deepQuery<FoyerUpload>(again, 'foyer-upload')!;
    second.addFiles([file]);
    await waitForText(second, /Resume the upload of again\.pdf/);
    button(second, 'Start over the upload of again.pdf').click();
    await waitForText(second, /^(?!.*Uploading).*Uploaded/);
    const log = await tusLog(portalId);
    expect(log).to.include('DELETE');
    expect(log.filter((l) => l.startsWith('POST'))).to.have.length(2);
    expect(log.at(-1)).to.equal('PATCH 0');
  });

  it('should cancel a big upload and delete it on the service', async () => {
    const { upload, portalId } = await ready({ tusStallAt: 2 * MiB }, 100 * MiB);
    upload.addFiles([pdf('gone.pdf', 9 * MiB)]);
    await holding(portalId, 2 * MiB);
    button(upload, 'Cancel upload of gone.pdf').click();
    await waitForText(upload, 'Canceled');
    await new Promise((r) => setTimeout(r, 200));
    expect((await tusLog(portalId)).at(-1)).to.equal('DELETE');
    expect(savedUploads()).to.deep.equal([]);
  });

  it('should cancel a transfer', async () => {
    const { upload } = await ready({ uploadDelay: 3000 });
    upload.addFiles([pdf('slow.pdf', 1_000_000)]);
    await waitForText(upload, 'Uploading…');
    button(upload, 'Cancel upload of slow.pdf').click();
    await waitForText(upload, 'Canceled');
    button(upload, 'Dismiss slow.pdf').click();
    await new Promise((r) => setTimeout(r, 50));
    expect(deepText(upload)).not.to.contain('slow.pdf');
  });
});
