import { expect } from '../../../test/expect.ts';
import { button, deepQuery, deepText, expectAccessible, mount, remember, scenario, waitForText } from '../../../test/support.ts';
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

  it('should say when uploads are switched off or the service finds the file too big', async () => {
    const { upload } = await ready({ uploadStatus: 403 });
    upload.addFiles([pdf('a.pdf')]);
    await waitForText(upload, 'Uploads are switched off for this portal.');
    const { upload: second } = await ready({ uploadStatus: 413 });
    second.addFiles([pdf('b.pdf')]);
    await waitForText(second, 'Too big');
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
