import { waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { expect } from '../../../test/expect.ts';
import {
  button,
  deepAll,
  deepQuery,
  deepText,
  expectAccessible,
  expectOnlyNearPagesFetched,
  fetchedPreviews,
  mount,
  remember,
  requestLog,
  scenario,
  screenshots,
  sessionToken,
  setPreview,
  waitForText,
  type LoggedRequest,
  type Scenario,
} from '../../../test/support.ts';
import type { FoyerFilePreview } from './file-preview.ts';

/** Opens the file in <foyer-portal>'s file view, with the request log emptied first. */
async function open(s: Scenario, name: string) {
  await setViewport({ width: 1280, height: 900 });
  const { portalId, fileIds } = await scenario(s);
  remember(portalId);
  await requestLog(true);
  const el = await mount(portalId);
  await waitForText(el, name);
  button(el, `Open ${name}`).click();
  await waitForText(el, 'Back to files');
  const preview = await waitFor(() => deepQuery<FoyerFilePreview>(el, 'foyer-file-preview'));
  return { el, preview, portalId, fileId: fileIds[0]! };
}

async function waitFor<T>(find: () => T | null | undefined | false, timeout = 8000): Promise<T> {
  let found: T | null | undefined | false;
  await waitUntil(() => (found = find()), 'it did not appear', { timeout });
  return found as T;
}

/** The preview's images loaded so far (decoded, from their blob URL). */
const loadedNow = (preview: FoyerFilePreview) =>
  [...preview.shadowRoot!.querySelectorAll('img')].filter((img) => img.complete && img.naturalWidth > 0);

/** The preview's images once `count` have loaded. */
async function images(preview: FoyerFilePreview, count = 1): Promise<HTMLImageElement[]> {
  await waitUntil(() => loadedNow(preview).length >= count, `${count} preview image(s) did not load`, { timeout: 8000 });
  return loadedNow(preview);
}

const previewFetches = (log: LoggedRequest[]) => log.filter((r) => /\/previews\/pvw_/.test(r.url));
const originals = (log: LoggedRequest[]) => log.filter((r) => r.url.includes('/content'));

describe('<foyer-file-preview> in the portal', () => {
  afterEach(() => localStorage.clear());

  it('should show an image preview fetched with the session token, never the original', async function () {
    this.timeout(30_000); // screenshots
    const { el, preview, portalId, fileId } = await open(
      { files: [{ name: 'Floor plan.png', content_type: 'image/png', size: 48_000 }] },
      'Floor plan.png',
    );
    const [img] = await images(preview);
    expect(img!.src).to.match(/^blob:/);
    expect(img!.alt).to.equal('Preview of Floor plan.png');
    // The service's 1600 × 1000 preview, not the original (the fake's original is a 1 × 1 PNG).
    expect([img!.naturalWidth, img!.naturalHeight]).to.deep.equal([1600, 1000]);
    const log = await requestLog();
    const token = sessionToken(portalId);
    const fetched = previewFetches(log);
    expect(fetched.map((r) => r.method)).to.deep.equal(['GET']);
    expect(fetched[0]!.url).to.match(new RegExp(`^/v1/files/${fileId}/previews/pvw_[0-9a-z]{32}$`));
    // The token goes in the header of every call, never in a URL.
    for (const r of log.filter((r) => r.url.includes('/previews'))) expect(r.authorization).to.equal(`Bearer ${token}`);
    expect(log.filter((r) => r.url.includes(token))).to.deep.equal([]);
    expect(originals(log)).to.deep.equal([]);
    // Nothing else in the view shows a URL: no <img>, <iframe>, <object> or <embed> but the preview's image.
    expect(deepAll(deepQuery(el, 'foyer-file-view')!, 'img, iframe, object, embed')).to.deep.equal([img]);
    await expectAccessible(el);
    await screenshots('file-preview-image', 360);
  });

  it("should load a long PDF's pages only as they come near the viewport", async function () {
    this.timeout(30_000); // two screenshots, and a scroll through ten pages
    const { el, preview, fileId } = await open({ files: [{ name: 'Plans.pdf', preview: { pages: 10, page_count: 14 } }] }, 'Plans.pdf');
    await waitForText(preview, 'Page 1 of 14');
    await images(preview);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const frames = [...preview.shadowRoot!.querySelectorAll<HTMLElement>('[data-id]')];
    expect(frames).to.have.length(10);
    // Only pages within a screen of the viewport (the first one or two of the ten), each asked for once.
    await expectOnlyNearPagesFetched(frames);
    expect(deepText(preview)).to.contain('The first 10 of 14 pages. Download the file to read them all.');
    await screenshots('file-preview-pdf', 360);
    await emulateMedia({ colorScheme: 'dark' });
    await screenshots('file-preview-pdf-dark', 360);
    await emulateMedia({ colorScheme: 'light' });

    // The last page scrolled into view is fetched then; the ones it passed on the way are not all asked for.
    frames.at(-1)!.scrollIntoView();
    await waitUntil(async () => (await fetchedPreviews()).includes(frames.at(-1)!.dataset.id!), 'the last page was not fetched', {
      timeout: 8000,
    });
    const later = await fetchedPreviews();
    expect(later.length).to.be.below(10);
    expect(new Set(later).size).to.equal(later.length);
    await waitUntil(() => frames.at(-1)!.querySelector('img'), 'the last page was not shown', { timeout: 8000 });
    expect(frames.at(-1)!.querySelector('img')!.alt).to.equal('Preview of Plans.pdf, Page 10 of 14');
    expect(originals(await requestLog())).to.deep.equal([]);
    expect((await requestLog()).filter((r) => r.url === `/v1/files/${fileId}/previews?version=1`)).to.have.length(1);
    await expectAccessible(el);
    window.scrollTo(0, 0);
  });

  it('should show a spinner while the preview is being made, then the image', async function () {
    this.timeout(30_000); // screenshots
    const { preview, fileId } = await open(
      { files: [{ name: 'Scan.jpg', content_type: 'image/jpeg', preview: { status: 'pending' } }] },
      'Scan.jpg',
    );
    await waitForText(preview, 'Preparing the preview…');
    expect(preview.shadowRoot!.querySelector('[role="status"] .spinner')).to.be.instanceOf(Element);
    await screenshots('file-preview-pending', 360);
    await setPreview(fileId, {});
    // Asked again every 2 s.
    const [img] = await images(preview);
    expect(img!.alt).to.equal('Preview of Scan.jpg');
    expect(deepText(preview)).not.to.contain('Preparing the preview');
    const lists = (await requestLog()).filter((r) => r.url.startsWith(`/v1/files/${fileId}/previews?`));
    expect(lists.length).to.be.within(2, 4);
    expect(originals(await requestLog())).to.deep.equal([]);
  });

  for (const [status, name, type, text] of [
    ['failed', 'Broken.pdf', 'application/pdf', 'This file could not be previewed. Download it to open it.'],
    ['unsupported', 'Page.html', 'text/html', 'No preview for this kind of file. Download it to open it.'],
  ] as const) {
    it(`should show an icon and Download when the preview is ${status}`, async function () {
      this.timeout(30_000); // screenshots
      const { el, preview, fileId } = await open(
        { files: [{ name, content_type: type, ...(status === 'failed' ? { preview: { status } } : {}) }] },
        name,
      );
      await waitForText(preview, text);
      expect(preview.shadowRoot!.querySelector('.file-icon svg')).to.be.instanceOf(Element);
      expect(deepAll(deepQuery(el, 'foyer-file-view')!, 'img, iframe, object, embed')).to.deep.equal([]);
      expect(originals(await requestLog())).to.deep.equal([]);
      await expectAccessible(el);
      if (status === 'failed') await screenshots('file-preview-failed', 360);
      // Download beside it fetches the original, to save it: once, and only then.
      button(preview, 'Download').click();
      await waitUntil(async () => originals(await requestLog()).length === 1, 'the original was not downloaded', { timeout: 8000 });
      expect(originals(await requestLog())[0]!.url).to.equal(`/v1/files/${fileId}/content`);
    });
  }

  it("should switch to the new version's previews", async function () {
    this.timeout(20_000);
    const { el, preview, fileId } = await open({ files: [{ name: 'Plan.png', content_type: 'image/png', kind: 'member' }] }, 'Plan.png');
    const [before] = await images(preview);
    const oldUrl = before!.src;
    const upload = deepQuery(deepQuery(el, 'foyer-file-view')!, 'foyer-upload') as HTMLElement & { addFiles(f: File[]): void };
    upload.addFiles([new File(['%PDF-1.7 the plan as a PDF'], 'Plan v2.pdf')]);
    await waitForText(el, 'Version 2');
    await waitForText(preview, 'Page 1 of 5');
    const page1 = await waitFor(() => loadedNow(preview).find((img) => img.alt.endsWith('Page 1 of 5')));
    expect(page1.alt).to.equal('Preview of Plan.png, Page 1 of 5');
    expect([page1.naturalWidth, page1.naturalHeight]).to.deep.equal([1237, 1600]);
    expect(page1.src).not.to.equal(oldUrl);
    // The first version's image is let go.
    expect(
      await fetch(oldUrl).then(
        () => 'still there',
        () => 'revoked',
      ),
    ).to.equal('revoked');
    const lists = (await requestLog()).filter((r) => r.url.startsWith(`/v1/files/${fileId}/previews?`)).map((r) => r.url);
    expect(lists).to.deep.equal([`/v1/files/${fileId}/previews?version=1`, `/v1/files/${fileId}/previews?version=2`]);
    expect(originals(await requestLog())).to.deep.equal([]);
  });
});
