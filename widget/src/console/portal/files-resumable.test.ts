// The console's Files tab sends files above 8 MiB as resumable uploads, through the queue <foyer-upload> runs:
// Pause and Resume, a failing service waited out, "Resume … from 44%?" after a reload, Cancel deleting the upload.
import { waitUntil } from '@open-wc/testing';
import { expect } from '../../../test/expect.ts';
import type { TusState } from '../../../test/fake-api/uploads.ts';
import {
  button,
  changeScenario,
  consoleState,
  deepText,
  expectAccessible,
  mountPage,
  pageState,
  portalScenario,
  screenshots,
  sleep,
  tabOf,
  waitForText,
  type Registered,
} from '../../../test/console-portal-support.ts';

const MiB = 1024 * 1024;
const pdf = (name: string, size: number) => new File([new Uint8Array(size).fill(32)], name, { type: 'application/pdf' });
const tusOf = async ({ key }: Registered): Promise<TusState> => ((await consoleState(key)).extra as { tus?: TusState }).tus ?? {};
/** The fake's log of tus requests: `POST prt_…`, `PATCH 0`, `HEAD`, `DELETE`. */
const tusLog = async (registered: Registered) => (await tusOf(registered)).tusLog ?? [];
/** Waits until the fake holds `bytes` of an upload (its PATCH stalls there: `tusStallAt`). */
const holding = (registered: Registered, bytes: number) =>
  waitUntil(
    async () => Object.values((await tusOf(registered)).uploads ?? {}).some((u) => u.offset >= bytes),
    `the fake never held ${bytes} bytes`,
    { timeout: 10_000 },
  );
const savedUploads = () => Object.keys(localStorage).filter((key) => key.startsWith('foyer:upload:'));

async function filesTab(registered: Registered) {
  const page = await mountPage(registered);
  await waitForText(page, 'No files yet');
  return { page, tab: await tabOf(page, 'foyer-console-portal-files') };
}

async function ready(tus: TusState) {
  const registered = await portalScenario({ extra: { tus } });
  return { registered, ...(await filesTab(registered)) };
}

describe('<foyer-console-portal-files> resumable uploads', function () {
  // 9 MiB each through the fake, several requests: more than mocha's 10 s on a busy machine.
  this.timeout(60_000);
  afterEach(() => localStorage.clear());

  it('should pause and resume a big upload from where the service is', async () => {
    const { registered, tab } = await ready({ tusStallAt: 3 * MiB });
    tab.addFiles([pdf('plans.pdf', 9 * MiB)]);
    await holding(registered, 3 * MiB);
    button(tab, 'Pause upload of plans.pdf').click();
    await waitForText(tab, /Paused at \d+%/);
    await expectAccessible(tab);
    await screenshots('files-resumable-paused');
    button(tab, 'Resume upload of plans.pdf').click();
    await waitForText(tab, /^(?!.*Uploading).*Uploaded/);
    const log = await tusLog(registered);
    expect(log.slice(0, 3)).to.deep.equal([`POST ${registered.portalId}`, 'PATCH 0', 'HEAD']);
    expect(Number(log[3]!.split(' ')[1])).to.be.at.least(3 * MiB);
    await waitForText(tab, 'Open plans.pdf'.slice(5));
    expect((await pageState(registered)).files.map((f) => [f.name, f.current_version.size])).to.deep.equal([['plans.pdf', 9 * MiB]]);
    expect(savedUploads()).to.deep.equal([]);
  });

  it('should wait out a failing service and a dropped connection, and go on from the offset the service holds', async () => {
    const { registered, tab } = await ready({ tusFail: [503] });
    tab.addFiles([pdf('cut.pdf', 9 * MiB)]);
    await waitForText(tab, /^(?!.*Uploading).*Uploaded/);
    expect(await tusLog(registered)).to.deep.equal([`POST ${registered.portalId}`, 'PATCH 0', 'HEAD', 'PATCH 0']);

    // The connection drops at 3 MiB while the browser says it is offline: the row says so, the upload waits for
    // the network, then asks the service's offset and goes on from there.
    const { extra } = await consoleState(registered.key);
    await changeScenario(registered.key, { extra: { ...extra, tus: { ...(extra as { tus: TusState }).tus, tusDropAt: 3 * MiB } } });
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      dispatchEvent(new Event('offline'));
      tab.addFiles([pdf('second.pdf', 9 * MiB)]);
      await waitForText(tab, /Offline at \d+% — it goes on when the connection is back/);
      await screenshots('files-resumable-offline');
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['onLine'];
    }
    dispatchEvent(new Event('online'));
    await waitUntil(async () => (await pageState(registered)).files.length === 2, 'second.pdf never arrived', { timeout: 30_000 });
    await waitForText(tab, /^(?!.*(Uploading|Offline)).*Uploaded/);
    // One upload, asked for its offset after the drop, finished from what the service held.
    const log = (await tusLog(registered)).slice(4);
    expect(log.slice(0, 2), log.join(', ')).to.deep.equal([`POST ${registered.portalId}`, 'PATCH 0']);
    expect(
      log.filter((l) => l.startsWith('POST')),
      log.join(', '),
    ).to.have.length(1);
    expect(log, log.join(', ')).to.include('HEAD');
    expect(Number(log.at(-1)!.split(' ')[1]), log.join(', ')).to.be.at.least(3 * MiB);
    expect((await pageState(registered)).files.map((f) => f.name).sort()).to.deep.equal(['cut.pdf', 'second.pdf']);
  });

  it('should offer to resume after a reload, and go on from the saved upload', async () => {
    const { registered, page, tab } = await ready({ tusStallAt: 4 * MiB });
    const file = pdf('cut-v3.pdf', 9 * MiB);
    tab.addFiles([file]);
    await holding(registered, 4 * MiB);
    expect(savedUploads()).to.have.length(1);
    page.remove(); // the page goes away mid-upload; the saved upload stays
    document.querySelector('foyer-console')?.remove();
    await sleep(100);
    expect(savedUploads()).to.have.length(1);
    expect((await pageState(registered)).files).to.deep.equal([]); // nothing of the half file shows

    const again = await filesTab(registered);
    again.tab.addFiles([file]); // the same file, picked again
    // The service says how much it holds (4 MiB of 9: 44%), not what the browser handed to the network.
    await waitForText(again.tab, /Resume the upload of cut-v3\.pdf from 4[45]%\?/);
    await expectAccessible(again.tab);
    await screenshots('files-resumable-ask');
    button(again.tab, 'Resume upload of cut-v3.pdf').click();
    await waitForText(again.tab, /^(?!.*Uploading).*Uploaded/);
    const log = await tusLog(registered);
    expect(log.filter((l) => l.startsWith('POST'))).to.have.length(1);
    expect(log.slice(-2)[0]).to.equal('HEAD');
    expect(Number(log.at(-1)!.split(' ')[1])).to.be.at.least(4 * MiB);
    expect((await pageState(registered)).files.map((f) => f.name)).to.deep.equal(['cut-v3.pdf']);
    expect(savedUploads()).to.deep.equal([]);
  });

  it('should cancel a big upload and delete it on the service', async () => {
    const { registered, tab } = await ready({ tusStallAt: 2 * MiB });
    tab.addFiles([pdf('gone.pdf', 9 * MiB)]);
    await holding(registered, 2 * MiB);
    button(tab, 'Cancel upload of gone.pdf').click();
    await waitForText(tab, 'Canceled');
    await sleep(200);
    expect((await tusLog(registered)).at(-1)).to.equal('DELETE');
    expect((await tusOf(registered)).uploads).to.deep.equal({});
    expect(savedUploads()).to.deep.equal([]);
    expect(deepText(tab)).not.to.contain('Open gone.pdf');
  });
});
