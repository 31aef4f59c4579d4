import { expect } from '../../../test/expect.ts';
import {
  button,
  comment,
  deepAll,
  deepQuery,
  deepText,
  expectAccessible,
  fakeState,
  mount,
  remember,
  scenario,
  waitForText,
} from '../../../test/support.ts';

describe('<foyer-comments>', () => {
  afterEach(() => localStorage.clear());

  it('should show an empty thread, post a comment and a reply', async () => {
    const { portalId } = await scenario({ files: [{ name: 'Return.pdf' }], collaboration: { approvals: {}, comments: {}, events: [] } });
    remember(portalId);
    const el = await mount(portalId);
    await waitForText(el, 'Return.pdf');
    button(el, 'Open Return.pdf').click();
    await waitForText(el, 'No comments yet.');
    await expectAccessible(el);
    const comments = deepQuery(el, 'foyer-comments')!;
    deepQuery<HTMLTextAreaElement>(comments, '#new-comment')!.value = 'Is page 2 final?';
    button(comments, 'Comment').click();
    await waitForText(comments, 'Is page 2 final?');
    expect(deepText(comments)).to.contain('Dana Whitfield');
    button(comments, 'Reply').click();
    await waitForText(comments, 'Write a reply');
    deepQuery<HTMLTextAreaElement>(comments, '.reply-form textarea')!.value = 'Never mind, found it.';
    (deepQuery(comments, '.reply-form button[type=submit]') as HTMLButtonElement).click();
    await waitForText(comments, 'Never mind, found it.');
    await expectAccessible(el);
  });

  it('should show every comment of a long thread, the 101st included', async () => {
    const thread = Array.from({ length: 101 }, (_, i) => comment(i + 1));
    const { portalId } = await scenario({ files: [{ name: 'Return.pdf' }], collaboration: { comments: { 'Return.pdf': thread } } });
    remember(portalId);
    const el = await mount(portalId);
    await waitForText(el, 'Return.pdf');
    button(el, 'Open Return.pdf').click();
    await waitForText(el, 'Comment 101');
    expect(deepAll(deepQuery(el, 'foyer-comments')!, '[part=comment]')).to.have.length(101);
  });

  it('should show that the file was removed when a comment finds it gone', async () => {
    const { portalId } = await scenario({ files: [{ name: 'Return.pdf' }, { name: 'Other.pdf' }] });
    remember(portalId);
    const el = await mount(portalId);
    await waitForText(el, 'Return.pdf');
    button(el, 'Open Return.pdf').click();
    await waitForText(el, 'No comments yet.');
    await fetch(`/__fake/portals/${portalId}`, {
      method: 'PUT',
      body: JSON.stringify({ ...(await fakeState(portalId)), files: [{ name: 'Other.pdf' }] }),
    });
    const comments = deepQuery(el, 'foyer-comments')!;
    deepQuery<HTMLTextAreaElement>(comments, '#new-comment')!.value = 'Is page 2 final?';
    button(comments, 'Comment').click();
    await waitForText(el, 'This file was removed');
    expect(deepText(el)).to.contain('Return.pdf is no longer in this portal');
  });
});
