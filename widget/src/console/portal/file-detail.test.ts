import { waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { FoyerFilePreview } from '../../components/file-preview/file-preview.ts';
import { expect } from '../../../test/expect.ts';
import { fakeId } from '../../../test/fake-api/scenario.ts';
import { expectOnlyNearPagesFetched, fetchedPreviews, type LoggedRequest } from '../../../test/support.ts';
import {
  button,
  callsOf,
  deepAll,
  deepQuery,
  deepText,
  expectAccessible,
  mountPage,
  portalScenario,
  requestLog,
  screenshots,
  setPreview,
  unique,
  waitForText,
} from '../../../test/console-portal-support.ts';

const previewFetches = (log: LoggedRequest[]) => log.filter((r) => /\/previews\/pvw_/.test(r.url));
const originals = (log: LoggedRequest[]) => log.filter((r) => r.url.includes('/content'));

/** A portal with one file, opened in the console's file detail; the request log emptied first. */
async function openFile(name: string, preview?: Parameters<typeof setPreview>[1]) {
  await setViewport({ width: 1280, height: 860 });
  const fileId = fakeId('fil', unique());
  const registered = await portalScenario({ files: [{ id: fileId, name }] });
  if (preview) await setPreview(fileId, preview);
  await requestLog(true);
  const page = await mountPage(registered);
  await waitForText(page, name);
  button(page, `Open ${name}`).click();
  await waitUntil(() => deepQuery(page, 'foyer-file-preview'), 'the file detail did not show a preview', { timeout: 8000 });
  const detail = deepQuery(page, 'foyer-console-portal-file')!;
  await waitForText(detail, 'Versions');
  return { registered, page, detail, preview: deepQuery<FoyerFilePreview>(detail, 'foyer-file-preview')!, fileId };
}

async function loaded(preview: FoyerFilePreview, count = 1): Promise<HTMLImageElement[]> {
  const all = () => [...preview.shadowRoot!.querySelectorAll('img')].filter((img) => img.complete && img.naturalWidth > 0);
  await waitUntil(() => all().length >= count, `${count} preview image(s) did not load`, { timeout: 8000 });
  return all();
}

describe("The console's file detail: <foyer-file-preview>", () => {
  it("should show a PDF's pages one under another, each fetched with the session cookie as it comes near", async function () {
    this.timeout(40_000); // screenshots in two schemes, a scroll through ten pages
    const { registered, page, preview, fileId } = await openFile('plans.pdf', { pages: 10, page_count: 12 });
    await waitForText(preview, 'Page 1 of 12');
    const [first] = await loaded(preview);
    expect(first!.src).to.match(/^blob:/);
    expect(first!.alt).to.match(/^Preview of plans\.pdf, Page \d+ of 12$/);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const frames = [...preview.shadowRoot!.querySelectorAll<HTMLElement>('[data-id]')];
    expect(frames).to.have.length(10);
    // Only pages within a screen of the viewport, each asked for once.
    await expectOnlyNearPagesFetched(frames);
    expect(deepText(preview)).to.contain('The first 10 of 12 pages. Download the file to read them all.');
    // The console's session is its HttpOnly cookie: no call carries a token, in a header or in a URL.
    const log = await requestLog();
    for (const r of log.filter((r) => r.url.includes('/previews'))) expect([r.cookie, r.authorization]).to.deep.equal([true, '']);
    expect(log.filter((r) => /us_|token=/.test(r.url))).to.deep.equal([]);
    expect(originals(log)).to.deep.equal([]);
    expect(await callsOf(registered.key, 'downloadFile')).to.deep.equal([]);
    await expectAccessible(page);
    await screenshots('file-preview-pdf');
    await emulateMedia({ colorScheme: 'dark' });
    try {
      await screenshots('file-preview-pdf-dark');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
    frames.at(-1)!.scrollIntoView();
    await waitUntil(() => frames.at(-1)!.querySelector('img'), 'the last page was not shown', { timeout: 8000 });
    const later = await fetchedPreviews();
    expect(later.length).to.be.below(10);
    expect(new Set(later).size).to.equal(later.length);
    expect(originals(await requestLog())).to.deep.equal([]);
    expect((await requestLog()).filter((r) => r.url.startsWith(`/v1/files/${fileId}/previews?`)).map((r) => r.url)).to.deep.equal([
      `/v1/files/${fileId}/previews?version=1`,
    ]);
    window.scrollTo(0, 0);
  });

  it('should show a spinner while the preview is being made, then the pages', async function () {
    this.timeout(20_000);
    const { preview, fileId } = await openFile('scan.pdf', { status: 'pending' });
    await waitForText(preview, 'Preparing the preview…');
    await setPreview(fileId, {});
    await loaded(preview);
    expect(deepText(preview)).not.to.contain('Preparing the preview');
    expect(originals(await requestLog())).to.deep.equal([]);
  });

  for (const [status, text] of [
    ['failed', 'This file could not be previewed. Download it to open it.'],
    ['unsupported', 'No preview for this kind of file. Download it to open it.'],
  ] as const) {
    it(`should show an icon and Download when the preview is ${status}`, async function () {
      this.timeout(30_000); // screenshots
      const { registered, page, preview, fileId } = await openFile('odd.pdf', { status });
      await waitForText(preview, text);
      expect(preview.shadowRoot!.querySelector('.file-icon svg')).to.be.instanceOf(Element);
      expect(deepAll(preview, 'img, iframe, object, embed')).to.deep.equal([]);
      expect(originals(await requestLog())).to.deep.equal([]);
      await expectAccessible(page);
      if (status === 'failed') await screenshots('file-preview-failed');
      button(preview, 'Download').click();
      await waitUntil(async () => (await callsOf(registered.key, 'downloadFile')).length === 1, 'the original was not downloaded', {
        timeout: 8000,
      });
      expect((await callsOf(registered.key, 'downloadFile'))[0]!.path).to.equal(`/v1/files/${fileId}/content`);
    });
  }

  it("should switch to the new version's previews", async function () {
    this.timeout(20_000);
    const { detail, preview, fileId } = await openFile('return.pdf');
    await loaded(preview);
    const picker = deepQuery<HTMLInputElement>(detail, '#version-picker')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['%PDF-1.7 v2'], 'return-v2.pdf', { type: 'application/pdf' }));
    picker.files = transfer.files;
    picker.dispatchEvent(new Event('change'));
    await waitForText(detail, 'Version 2');
    await waitUntil(
      async () => (await requestLog()).some((r) => r.url === `/v1/files/${fileId}/previews?version=2`),
      "version 2's previews were not asked for",
      { timeout: 8000 },
    );
    let img: HTMLImageElement | undefined;
    await waitUntil(
      () => (img = [...preview.shadowRoot!.querySelectorAll('img')].find((i) => i.complete && i.alt.endsWith('Page 1 of 5'))),
      'page 1 did not load',
      {
        timeout: 8000,
      },
    );
    const v2Ids = previewFetches(await requestLog()).map((r) => r.url.split('/').at(-1));
    expect(v2Ids).to.include(img!.closest<HTMLElement>('[data-id]')!.dataset.id);
    expect(new Set(v2Ids).size).to.be.above(1); // version 1's pages and version 2's have their own ids
    expect(originals(await requestLog())).to.deep.equal([]);
  });
});
