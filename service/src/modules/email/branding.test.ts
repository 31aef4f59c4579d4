import { describe, expect, it } from 'vitest';
import { oneLine } from './branding.ts';

describe('oneLine', () => {
  it('keeps user input on one line: C0 controls, DEL, C1 controls (NEL U+0085 among them), U+2028 and U+2029 become a space', () => {
    expect(oneLine('a\nb\r\nc\td\u0085e\u2028f\u2029g\u007fh\u009bi\u0000j')).toBe('a b c d e f g h i j');
  });

  it('keeps printable text, non-breaking spaces included, and trims the ends', () => {
    expect(oneLine('  Dana ~ Whitfield\u00a0& Co.  ')).toBe('Dana ~ Whitfield & Co.');
  });

  it('shortens to `max` characters, the last one an ellipsis', () => {
    expect(oneLine('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(oneLine('x'.repeat(10), 10)).toBe('x'.repeat(10));
  });
});
