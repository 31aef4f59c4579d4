import { describe, expect, it } from 'vitest';
import { UniqueNames } from './zip-names.ts';

describe('UniqueNames', () => {
  it('numbers a repeated name before its extension, ignoring case', () => {
    const names = new UniqueNames();
    expect(['report.pdf', 'report.pdf', 'Report.PDF', 'report (2).pdf', 'notes'].map((n) => names.take(n))).toEqual([
      'report.pdf',
      'report (2).pdf',
      'Report (3).PDF',
      'report (2) (2).pdf',
      'notes',
    ]);
  });

  it('sanitises every name: no path, no control characters, no empty name', () => {
    const names = new UniqueNames();
    expect(names.take('../../etc/passwd')).toBe('passwd');
    expect(names.take('a\u0000b\u202e.txt')).toBe('ab.txt');
    expect(names.take('')).toBe('file');
    expect(names.take('..')).toBe('file (2)');
    expect(names.take('.bashrc')).toBe('bashrc');
  });

  it('keeps a numbered long name within 255 bytes', () => {
    const names = new UniqueNames();
    const long = `${'é'.repeat(200)}.pdf`;
    names.take(long);
    const second = names.take(long);
    expect(Buffer.byteLength(second)).toBeLessThanOrEqual(255);
    expect(second).not.toBe(names.take(long));
  });
});
