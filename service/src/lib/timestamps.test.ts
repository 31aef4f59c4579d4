import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { timestamptzToIso } from './timestamps.ts';

const pgParse = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ, 'text') as (text: string) => Date;
const viaDate = (text: string) => pgParse(text).toISOString();

describe('timestamptzToIso', () => {
  it('writes a UTC value the way Date#toISOString does, milliseconds truncated like pg’s parser', () => {
    for (const text of [
      '2026-11-28 10:11:40.123456+00',
      '2026-11-28 10:11:40+00',
      '2026-01-02 03:04:05.7+00',
      '1999-12-31 23:59:59.999999+00',
      '2026-11-28 10:11:40.12+00',
    ]) {
      expect(timestamptzToIso(text), text).toBe(viaDate(text));
    }
    expect(timestamptzToIso('2026-11-28 10:11:40.123456+00')).toBe('2026-11-28T10:11:40.123Z');
    expect(timestamptzToIso('2026-11-28 10:11:40+00')).toBe('2026-11-28T10:11:40.000Z');
  });

  it('falls back to pg’s parser for other offsets and unusual values', () => {
    expect(timestamptzToIso('2026-11-28 15:41:40.5+05:30')).toBe('2026-11-28T10:11:40.500Z');
    expect(timestamptzToIso('2026-11-28 05:11:40-05')).toBe('2026-11-28T10:11:40.000Z');
    expect(timestamptzToIso('12026-11-28 10:11:40+00')).toBe(viaDate('12026-11-28 10:11:40+00'));
    expect(timestamptzToIso('infinity')).toBe('Infinity');
  });
});
