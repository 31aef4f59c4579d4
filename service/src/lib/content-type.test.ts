import { describe, expect, it } from 'vitest';
import { detectContentType } from './content-type.ts';

const detect = (text: string) => detectContentType(Buffer.from(text));

describe('detectContentType', () => {
  it('recognises SVG, bare or after an XML declaration, space and comments', async () => {
    expect(await detect('<svg xmlns="http://www.w3.org/2000/svg"/>')).toBe('image/svg+xml');
    expect(await detect('\uFEFF  \n<SVG>')).toBe('image/svg+xml');
    // (file-type itself calls a file that opens with `<?xml ` XML; these declarations reach the text sniff.)
    expect(await detect('\n<?xml version="1.0"?><svg/>')).toBe('image/svg+xml');
    expect(await detect('<?xml?>\n<!-- made by hand -->\n<!-- <svg> in a comment -->\n\t<svg/>')).toBe('image/svg+xml');
    expect(await detect('<?xml?><!----><!----><svg/>')).toBe('image/svg+xml');
  });

  it('calls other XML, unterminated comments and declarations XML, not SVG', async () => {
    expect(await detect('<?xml version="1.0"?><x:script xmlns:x="http://www.w3.org/1999/xhtml"/>')).toBe('application/xml');
    expect(await detect('<?xml?><!-- never closed <svg/>')).toBe('application/xml');
    expect(await detect('<?xml <svg/>')).toBe('application/xml');
    expect(await detect('<?xml?><!-- a --> text <svg/>')).toBe('application/xml');
  });

  it('decides in linear time, however many comments come first', async () => {
    for (const count of [28, 40, 140]) {
      const started = performance.now();
      expect(await detect(`<?xml?>${'<!---->'.repeat(count)}x`)).toBe('application/xml');
      expect(performance.now() - started).toBeLessThan(100);
    }
  });

  it('still tells HTML, plain text and binary apart', async () => {
    expect(await detect('<!DOCTYPE html><p>hi')).toBe('text/html');
    expect(await detect('hello, world')).toBe('text/plain');
    expect(await detect('\u0000\u0001\u0002')).toBe('application/octet-stream');
  });
});
