import { fixture, html, oneEvent } from '@open-wc/testing';
import { expect } from '../../../test/expect.ts';
import { expectAccessible } from '../../../test/support.ts';
import './code-input.ts';
import type { FoyerCodeInput } from './code-input.component.ts';

describe('<foyer-code-input>', () => {
  it('should move on as digits are typed and complete with the sixth', async () => {
    const el = await fixture<FoyerCodeInput>(html`<foyer-code-input label="Sign-in code"></foyer-code-input>`);
    await expectAccessible(el);
    const boxes = [...el.shadowRoot!.querySelectorAll('input')];
    const done = oneEvent(el, 'foyer-code-complete');
    for (const [i, digit] of [...'40213'].entries()) {
      boxes[i]!.value = digit;
      boxes[i]!.dispatchEvent(new InputEvent('input'));
      expect(el.shadowRoot!.activeElement).to.equal(boxes[i + 1]);
    }
    boxes[5]!.value = '9';
    boxes[5]!.dispatchEvent(new InputEvent('input'));
    expect(((await done) as CustomEvent<{ code: string }>).detail.code).to.equal('402139');
  });

  it('should fill every box from a pasted code and ignore what is not a digit', async () => {
    const el = await fixture<FoyerCodeInput>(html`<foyer-code-input></foyer-code-input>`);
    const boxes = [...el.shadowRoot!.querySelectorAll('input')];
    const done = oneEvent(el, 'foyer-code-complete');
    const data = new DataTransfer();
    data.setData('text', '12-34 56');
    boxes[2]!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    expect(((await done) as CustomEvent<{ code: string }>).detail.code).to.equal('123456');
    expect(el.value).to.equal('123456');
  });

  it('should go back a box on Backspace in an empty one', async () => {
    const el = await fixture<FoyerCodeInput>(html`<foyer-code-input></foyer-code-input>`);
    const boxes = [...el.shadowRoot!.querySelectorAll('input')];
    boxes[0]!.value = '7';
    boxes[1]!.focus();
    boxes[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', cancelable: true }));
    expect(el.shadowRoot!.activeElement).to.equal(boxes[0]);
    expect(boxes[0]!.value).to.equal('');
  });

  it('should label each box for screen readers', async () => {
    const el = await fixture<FoyerCodeInput>(html`<foyer-code-input disabled invalid></foyer-code-input>`);
    const boxes = [...el.shadowRoot!.querySelectorAll('input')];
    expect(boxes.map((b) => b.getAttribute('aria-label'))).to.deep.equal([1, 2, 3, 4, 5, 6].map((n) => `Digit ${n} of 6`));
    expect(boxes.every((b) => b.disabled && b.getAttribute('aria-invalid') === 'true')).to.equal(true);
    await expectAccessible(el);
  });
});
