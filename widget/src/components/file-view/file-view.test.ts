import { expect } from '@open-wc/testing';
import { button, deepQuery, deepText, expectAccessible, mount, remember, scenario, waitForText } from '../../../test/support.ts';

async function open(s: Parameters<typeof scenario>[0], name: string) {
  const { portalId } = await scenario(s);
  remember(portalId);
  const el = await mount(portalId);
  await waitForText(el, name);
  button(el, `Open ${name}`).click();
  await waitForText(el, 'Back to files');
  return el;
}

describe('<foyer-file-view>', () => {
  afterEach(() => localStorage.clear());

  it('should show metadata, versions and an image preview through a blob URL', async () => {
    const el = await open({ files: [{ name: 'Floor plan.png', content_type: 'image/png', versions: 3, size: 48_000 }] }, 'Floor plan.png');
    await waitForText(el, 'Versions');
    const view = deepQuery(el, 'foyer-file-view')!;
    const text = deepText(view);
    expect(text).to.contain('Version 3');
    expect(text).to.contain('PNG image');
    expect(text).to.contain('v1');
    const img = await new Promise<HTMLImageElement>((resolve) => {
      const poll = () => {
        const found = deepQuery<HTMLImageElement>(view, 'img');
        found ? resolve(found) : setTimeout(poll, 20);
      };
      poll();
    });
    expect(img.src).to.match(/^blob:/);
    expect(img.alt).to.equal('Preview of Floor plan.png');
    await expectAccessible(el);
  });

  it('should not render other types inline', async () => {
    const el = await open({ files: [{ name: 'Page.html', content_type: 'text/html' }] }, 'Page.html');
    await waitForText(el, 'No preview for this kind of file.');
    expect(deepQuery(deepQuery(el, 'foyer-file-view')!, 'img, iframe, object, embed')).to.equal(null);
    await expectAccessible(el);
  });

  it('should hide comments and approval while the service has no collaboration API', async () => {
    const el = await open({ files: [{ name: 'a.pdf' }] }, 'a.pdf');
    await waitForText(el, 'Details');
    await new Promise((r) => setTimeout(r, 200));
    const text = deepText(el);
    expect(text).not.to.contain('Comments');
    expect(text).not.to.contain('Approval');
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
    const done = new Promise<CustomEvent>((resolve) => el.addEventListener('foyer-file-uploaded', (e) => resolve(e), { once: true }));
    upload.addFiles([new File(['%PDF-1.7'], 'draft v2.pdf')]);
    expect((await done).detail.new_version).to.equal(true);
    await waitForText(el, 'Version 2');
  });
});
