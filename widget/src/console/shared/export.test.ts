import type { Schema } from '@foyer/sdk';
import { expect } from '../../../test/expect.ts';
import { changeScenario, consoleScenario, consoleScreenshots, consoleState, mountConsole } from '../../../test/console-support.ts';
import {
  button,
  callsOf,
  deepQuery,
  deepText,
  expectAccessible,
  linksFollowedBy,
  mountPage,
  portalScenario,
  tabOf,
  waitForText,
} from '../../../test/console-portal-support.ts';

describe('<foyer-console-export>', () => {
  it('should export a portal from its settings: progress, then the zip with its size and until when it is kept', async function () {
    // Each poll waits a second, as in the console.
    this.timeout(40_000);
    const registered = await portalScenario({ extra: { exportPlan: { step: 40, size: 256 * 1024, pace: 300 } } });
    const page = await mountPage(registered, { tab: 'settings' });
    const tab = await tabOf(page, 'foyer-console-portal-settings');
    await waitForText(tab, 'One zip to keep or to move');
    button(tab, 'Export').click();
    await waitForText(tab, /Exporting… (40|80)%/);
    await consoleScreenshots('export-portal-running');
    await waitForText(tab, /Ready: 256 kB, kept until/, 15_000);
    const ws = await consoleState(registered.key);
    const job = (ws.extra as { exports: Schema<'Export'>[] }).exports[0]!;
    expect(job.portal_id).to.equal(registered.portalId);
    expect(deepText(tab)).to.contain(new Date(job.expires_at!).getFullYear().toString());
    const [link] = await linksFollowedBy(async () => {
      button(tab, 'Download the export').click();
      await waitForText(tab, /Downloading… \d+%/);
      await consoleScreenshots('export-portal-downloading');
    });
    expect(link!.download).to.equal(`foyer-export-${job.id}.zip`);
    expect((await (await fetch(link!.href)).text()).length).to.equal(256 * 1024);
    expect(button(tab, 'Export again').disabled).to.equal(false);
    expect((await callsOf(registered.key, 'createPortalExport')).map((c) => c.path)).to.deep.equal([
      `/v1/portals/${registered.portalId}/exports`,
    ]);
    await consoleScreenshots('export-portal-ready');
    await expectAccessible(page);
  });

  it('should export the whole workspace from the settings, say why it failed, and pick the export up when shown again', async function () {
    // Each poll waits a second, as in the console.
    this.timeout(40_000);
    const { key } = await consoleScenario({ extra: { exportPlan: { fail: 'Storage is full.' } } });
    let el = await mountConsole('/console/settings/export');
    await waitForText(el, 'One zip to keep or to move');
    button(el, 'Export').click();
    await waitForText(el, 'The export failed: Storage is full.', 15_000);
    expect(deepQuery(deepQuery(el, 'foyer-console-export')!, '[role="alert"]')).to.be.instanceOf(Element);
    await consoleScreenshots('export-workspace-failed');
    await expectAccessible(el);
    expect((await callsOf(key, 'createWorkspaceExport')).length).to.equal(1);

    // A running export is shown again, with its progress, after the page was left.
    const { extra } = await consoleState(key);
    await changeScenario(key, { extra: { ...extra, exportPlan: { step: 10 } } });
    button(el, 'Export again').click();
    await waitForText(el, /Exporting… \d+%/);
    el.remove();
    el = await mountConsole('/console/settings/export');
    await waitForText(el, /Exporting… \d+%/);
    expect((await callsOf(key, 'createWorkspaceExport')).length).to.equal(2);
  });

  it('should say in words why an export could not start', async function () {
    // Each poll waits a second, as in the console.
    this.timeout(40_000);
    await consoleScenario({ failures: { createWorkspaceExport: 503 } });
    const el = await mountConsole('/console/settings/export');
    await waitForText(el, 'One zip to keep or to move');
    button(el, 'Export').click();
    await waitForText(el, 'Something went wrong. Try again in a moment.', 20_000);
  });
});
