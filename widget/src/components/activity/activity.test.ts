import { expect } from '../../../test/expect.ts';
import {
  activityEvent as event,
  button,
  DANA_ID,
  deepText,
  expectAccessible,
  fakeId,
  mount,
  remember,
  scenario,
  waitForText,
} from '../../../test/support.ts';

describe('<foyer-activity>', () => {
  afterEach(() => localStorage.clear());

  it('should tell the portal’s story in plain language', async () => {
    const { portalId } = await scenario({
      files: [],
      collaboration: {
        events: [
          event('approval.requested', { kind: 'owner', id: fakeId('key', 1) }, { name: 'Return.pdf' }),
          event('file.uploaded', { kind: 'member', id: DANA_ID }, { name: 'Statement.pdf' }),
        ],
      },
    });
    remember(portalId);
    const el = await mount(portalId);
    await waitForText(el, 'Activity');
    button(el, 'Activity').click();
    await waitForText(el, 'Acme Accounting asked for approval of Return.pdf');
    expect(deepText(el)).to.contain('You uploaded Statement.pdf');
    expect(deepText(el)).to.contain('5 minutes ago');
    await expectAccessible(el);
  });

  it('should say when nothing has happened yet', async () => {
    const { portalId } = await scenario({ files: [], collaboration: { events: [] } });
    remember(portalId);
    const el = await mount(portalId);
    await waitForText(el, 'Activity');
    button(el, 'Activity').click();
    await waitForText(el, 'Nothing has happened here yet.');
    await expectAccessible(el);
  });
});
