import { describe, expect, it } from 'vitest';
import { sanitizeFilename } from './filename.ts';

describe('sanitizeFilename', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\dana\\return.pdf', 'return.pdf'],
    ['a\u0000b.txt', 'ab.txt'],
    ['a\u001fb\u007fc\u0085d\u009fe.txt', 'abcde.txt'],
    ['a\u00a0b ~.txt', 'a\u00a0b ~.txt'],
    ['report\r\nSet-Cookie: x=1.pdf', 'reportSet-Cookie_ x=1.pdf'],
    ['"; x=y.pdf', '_; x=y.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['COM1', '_COM1'],
    ['lpt9.log', '_lpt9.log'],
    ['console.txt', 'console.txt'],
    ['..', 'file'],
    ['', 'file'],
    [undefined, 'file'],
    ['  notes.txt. ', 'notes.txt'],
    ['.bashrc', 'bashrc'],
    ['Steuererklärung 2026.pdf', 'Steuererklärung 2026.pdf'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFilename(input)).toBe(expected);
  });

  it('keeps at most 255 bytes of UTF-8 and the extension', () => {
    const long = sanitizeFilename('a'.repeat(1000) + '.pdf');
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(255);
    expect(long.endsWith('.pdf')).toBe(true);
    const emoji = sanitizeFilename('😀'.repeat(300) + '.png');
    expect(Buffer.byteLength(emoji)).toBeLessThanOrEqual(255);
    expect(emoji).toMatch(/^(😀)+\.png$/u); // no broken surrogate pairs
  });
});
