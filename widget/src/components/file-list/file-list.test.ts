import { expect } from '../../../test/expect.ts';
import {
  button,
  deepAll,
  deepQuery,
  deepText,
  expectAccessible,
  fakeId,
  fakeState,
  linksFollowedBy,
  mount,
  remember,
  scenario,
  screenshots,
  waitForText,
} from '../../../test/support.ts';

async function signedIn(s: Parameters<typeof scenario>[0]) {
  const { portalId, fileIds } = await scenario(s);
  remember(portalId);
  const el = await mount(portalId);
  return { el, portalId, fileIds };
}

describe('<foyer-file-list>', () => {
  afterEach(() => localStorage.clear());

  it('should show a loading skeleton, then the files with who shared them, size, version and approval badge', async () => {
    const { el } = await signedIn({
      files: [
        {
          name: '2026 return.pdf',
          size: 482_000,
          versions: 2,
          extra: { approval: { request_id: fakeId('apr', 1), status: 'pending', version: 2, due_at: null } },
        },
        { name: 'Bank statement.pdf', kind: 'member', size: 12_000 },
      ],
    });
    await waitForText(el, 'dana@client.test');
    const list = deepQuery(el, 'foyer-file-list')!;
    await waitForText(list, '2026 return.pdf');
    const text = deepText(list);
    expect(text).to.contain('Shared by Acme Accounting');
    expect(text).to.contain('Uploaded by you');
    expect(text).to.contain('v2');
    expect(text).to.contain('Awaiting approval');
    expect(text).to.match(/471 kB|482 kB/);
    await expectAccessible(el);
  });

  it('should show the skeleton while the list loads', async () => {
    const { portalId } = await scenario({ files: [] });
    remember(portalId);
    const el = await mount(portalId);
    await waitForText(el, 'dana@client.test');
    await fetch(`/__fake/portals/${portalId}`, {
      method: 'PUT',
      body: JSON.stringify({ ...(await fakeState(portalId)), delay: 600, files: [] }),
    });
    expect(deepQuery(el, '[aria-busy="true"]') ?? deepQuery(el, '.empty')).to.be.instanceOf(Element);
    await expectAccessible(el);
  });

  it('should say what to do when the portal is empty, for each filter', async () => {
    const { el } = await signedIn({ files: [] });
    await waitForText(el, 'No files yet');
    expect(deepText(el)).to.contain('Files that Acme Accounting shares with you appear here');
    await expectAccessible(el);
    const radios = deepAll(el, '[role=radio]') as HTMLButtonElement[];
    radios[1]!.click();
    await waitForText(el, 'Acme Accounting has not shared any files yet.');
    expect(radios[1]!.getAttribute('aria-checked')).to.equal('true');
    radios[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await waitForText(el, 'You have not uploaded anything yet.');
  });

  it('should filter with the API’s uploaded_by', async () => {
    const { el } = await signedIn({ files: [{ name: 'From Acme.pdf' }, { name: 'Mine.pdf', kind: 'member' }] });
    await waitForText(el, 'Mine.pdf');
    (deepAll(el, '[role=radio]')[2] as HTMLButtonElement).click();
    await waitForText(el, 'Uploaded by you');
    await new Promise((r) => setTimeout(r, 100));
    expect(deepText(el)).not.to.contain('From Acme.pdf');
  });

  it('should show an error with a retry when the list fails to load', async () => {
    const { el, portalId } = await signedIn({ filesStatus: 500 });
    await waitForText(el, 'Could not load this.');
    await expectAccessible(el);
    await fetch(`/__fake/portals/${portalId}`, {
      method: 'PUT',
      body: JSON.stringify({ ...(await fakeState(portalId)), filesStatus: 0, files: [] }),
    });
    button(el, 'Try again').click();
    await waitForText(el, 'No files yet');
  });

  it('should fall back to sign-in when the session is revoked while the list is open', async () => {
    const { el, portalId } = await signedIn({ files: [{ name: 'a.pdf' }] });
    await waitForText(el, 'a.pdf');
    await fetch(`/__fake/portals/${portalId}`, {
      method: 'PUT',
      body: JSON.stringify({ ...(await fakeState(portalId)), revoked: true, files: [] }),
    });
    el.refresh(); // what focus and the 30-second timer do
    await waitForText(el, 'Your session has ended.');
    await expectAccessible(el);
  });

  it('should keep the pages loaded with Show more when the data refreshes', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ name: `Statement ${String(i + 1).padStart(2, '0')}.pdf` }));
    const { el, portalId } = await signedIn({ files: many });
    await waitForText(el, 'Statement 50.pdf');
    expect(deepText(el)).not.to.contain('Statement 51.pdf');
    button(el, 'Show more').click();
    await waitForText(el, 'Statement 60.pdf');
    // A new file arrives; focus (like the 30-second timer) refreshes the list.
    await fetch(`/__fake/portals/${portalId}`, {
      method: 'PUT',
      body: JSON.stringify({ ...(await fakeState(portalId)), files: [{ name: 'New.pdf' }, ...many] }),
    });
    window.dispatchEvent(new Event('focus'));
    await waitForText(el, 'New.pdf');
    expect(deepAll(el, '[part=file]')).to.have.length(61);
    expect(deepText(el)).to.contain('Statement 60.pdf');
  });

  it('should hide the upload zone when client uploads are off', async () => {
    const { el } = await signedIn({ client_uploads: false, files: [] });
    await waitForText(el, 'No files yet');
    expect(deepQuery(el, 'foyer-upload')).to.equal(null);
    expect(deepText(el)).not.to.contain('Drop a file');
  });

  it('should download all the files as one zip with its progress, and say so when it fails', async () => {
    const { el, portalId } = await signedIn({
      name: 'Dana & Co',
      files: [{ name: 'Return.pdf' }, { name: 'Statement.pdf', kind: 'member' }],
      archiveSize: 256 * 1024,
      archivePace: 500,
    });
    await waitForText(el, 'dana@client.test');
    const list = deepQuery(el, 'foyer-file-list')!;
    await waitForText(list, 'Statement.pdf');
    const [link] = await linksFollowedBy(async () => {
      button(list, 'Download all').click();
      await waitForText(list, /Downloading… (25|50)%/);
      expect(button(list, /Downloading/).disabled).to.equal(true);
      expect(deepQuery<HTMLProgressElement>(list, 'progress')!.value).to.be.above(0);
      await screenshots('file-list-download-all', 360);
    });
    expect(link!.download).to.equal('Dana & Co.zip');
    const zip = await (await fetch(link!.href)).text();
    expect(zip.length).to.equal(256 * 1024);
    expect(zip).to.match(/^PK Return\.pdf\nStatement\.pdf\n/);
    expect(button(list, 'Download all').disabled).to.equal(false);
    expect(deepQuery(list, 'progress')).to.equal(null);

    await fetch(`/__fake/portals/${portalId}`, {
      method: 'PUT',
      body: JSON.stringify({ ...(await fakeState(portalId)), archiveStatus: 503 }),
    });
    button(list, 'Download all').click();
    await waitForText(list, 'Something went wrong. Try again in a moment.', 20_000);
    expect(deepQuery(list, '[role="alert"]')).to.be.instanceOf(Element);
    expect(button(list, 'Download all').disabled).to.equal(false);
    await expectAccessible(el);
  });
});
