import { expect } from '../../../test/expect.ts';
import {
  approvalRequest,
  button,
  comment,
  deepQuery,
  deepText,
  expectAccessible,
  fakeState,
  mount,
  remember,
  scenario,
  screenshots,
  waitForText,
} from '../../../test/support.ts';
import type { FoyerFileUploadedEvent } from '../../events/file-uploaded.ts';

async function openIn(s: Parameters<typeof scenario>[0], name: string) {
  const { portalId } = await scenario(s);
  remember(portalId);
  const el = await mount(portalId);
  await waitForText(el, name);
  button(el, `Open ${name}`).click();
  await waitForText(el, 'Back to files');
  return { el, portalId };
}

async function open(s: Parameters<typeof scenario>[0], name: string) {
  return (await openIn(s, name)).el;
}

describe('<foyer-file-view>', () => {
  afterEach(() => localStorage.clear());

  it("should show metadata, versions and the service's preview of the current version", async () => {
    const el = await open({ files: [{ name: 'Floor plan.png', content_type: 'image/png', versions: 3, size: 48_000 }] }, 'Floor plan.png');
    await waitForText(el, 'Versions');
    const view = deepQuery(el, 'foyer-file-view')!;
    const text = deepText(view);
    expect(text).to.contain('Version 3');
    expect(text).to.contain('PNG image');
    expect(text).to.contain('v1');
    // <foyer-file-preview> (its own tests: file-preview.test.ts) shows version 3's preview, not the file's bytes.
    const img = await new Promise<HTMLImageElement>((resolve) => {
      const poll = () => {
        const found = deepQuery(view, 'foyer-file-preview')?.shadowRoot?.querySelector('img');
        if (found?.complete && found.naturalWidth) resolve(found);
        else setTimeout(poll, 20);
      };
      poll();
    });
    expect(img.src).to.match(/^blob:/);
    expect(img.alt).to.equal('Preview of Floor plan.png');
    expect(img.naturalWidth).to.equal(1600);
    await expectAccessible(el);
  });

  it('should not render other types inline', async () => {
    const el = await open({ files: [{ name: 'Page.html', content_type: 'text/html' }] }, 'Page.html');
    await waitForText(el, 'No preview for this kind of file. Download it to open it.');
    expect(deepQuery(deepQuery(el, 'foyer-file-view')!, 'img, iframe, object, embed')).to.equal(null);
    await expectAccessible(el);
  });

  it('should always offer comments, even before anyone wrote one', async () => {
    const el = await open({ files: [{ name: 'a.pdf' }] }, 'a.pdf');
    await waitForText(el, 'No comments yet.');
    expect(deepQuery(el, 'foyer-approval')!.shadowRoot!.children.length).to.equal(0); // nothing was asked
  });

  it('should go back to the list, and keyboard focus follows', async () => {
    const el = await open({ files: [{ name: 'a.pdf' }] }, 'a.pdf');
    button(el, 'Back to files').click();
    await waitForText(el, 'All');
    expect(el.shadowRoot!.activeElement?.id).to.equal('main');
  });

  it('should upload a new version', async () => {
    const el = await open({ files: [{ name: 'draft.pdf', kind: 'member' }] }, 'draft.pdf');
    await waitForText(el, 'Upload new version');
    const upload = deepQuery(deepQuery(el, 'foyer-file-view')!, 'foyer-upload') as HTMLElement & { addFiles(f: File[]): void };
    const done = new Promise<FoyerFileUploadedEvent>((resolve) =>
      el.addEventListener('foyer-file-uploaded', (e) => resolve(e), { once: true }),
    );
    upload.addFiles([new File(['%PDF-1.7'], 'draft v2.pdf')]);
    expect((await done).detail.new_version).to.equal(true);
    await waitForText(el, 'Version 2');
  });

  it('should say the file was removed when it is deleted while open, and go back to the list', async () => {
    const { el, portalId } = await openIn(
      {
        files: [{ name: 'Return.pdf', versions: 2 }, { name: 'Other.pdf' }],
        collaboration: { approvals: { 'Return.pdf': [approvalRequest()] }, comments: { 'Return.pdf': [comment(1, 'Is page 2 final?')] } },
      },
      'Return.pdf',
    );
    await waitForText(el, 'Is page 2 final?');
    await waitForText(el, 'Your approval is requested');
    // The business deletes the file; the next refresh (focus, the timer) finds it gone.
    await fetch(`/__fake/portals/${portalId}`, {
      method: 'PUT',
      body: JSON.stringify({ ...(await fakeState(portalId)), files: [{ name: 'Other.pdf' }] }),
    });
    el.refresh();
    await waitForText(el, 'This file was removed');
    const view = deepQuery(el, 'foyer-file-view')!;
    expect(deepText(view)).to.contain('Return.pdf');
    expect(deepText(view)).not.to.match(/Is page 2 final|Your approval is requested|Versions/);
    expect(deepQuery(view, 'foyer-comments, foyer-approval')).to.equal(null);
    await expectAccessible(el);
    await screenshots('file-view-removed');
    button(el, 'Back to files').click();
    await waitForText(el, 'Other.pdf');
    expect(deepText(el)).not.to.contain('Return.pdf');
  });
});
