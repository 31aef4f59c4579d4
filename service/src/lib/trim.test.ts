import { describe, expect, it } from 'vitest';
import { trimEndOf } from './trim.ts';

describe('trimEndOf', () => {
  it('removes only the run of the given characters at the end', () => {
    expect(trimEndOf('https://example.com///', '/')).toBe('https://example.com');
    expect(trimEndOf('report. . ', '. ')).toBe('report');
    expect(trimEndOf('a/b/', '/')).toBe('a/b');
    expect(trimEndOf('unchanged', '/')).toBe('unchanged');
    expect(trimEndOf('////', '/')).toBe('');
    expect(trimEndOf('', '/')).toBe('');
  });

  it('takes linear time on a long run that is not at the end', () => {
    // `replace(/\/+$/, '')` retries from every slash here: ~5·10^9 steps for this input.
    const input = `${'/'.repeat(100_000)}x`;
    const started = performance.now();
    expect(trimEndOf(input, '/')).toBe(input);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
