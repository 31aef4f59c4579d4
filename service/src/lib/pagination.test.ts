import { describe, expect, it } from 'vitest';
import { HttpError } from '../errors/http-error.ts';
import { decodeCursor, encodeCursor, toPage } from './pagination.ts';

describe('cursors', () => {
  it('round-trips a sequence number', () => {
    expect(decodeCursor(encodeCursor('12345'))).toBe('12345');
    expect(decodeCursor(undefined)).toBeUndefined();
  });

  it.each([
    '',
    'abc',
    Buffer.from('{"v":1,"s":"-1"}').toString('base64url'),
    Buffer.from('{"v":2,"s":"1"}').toString('base64url'),
    Buffer.from('{"v":1,"s":"1e5"}').toString('base64url'),
  ])('refuses a cursor it did not issue: %j', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(HttpError);
    try {
      decodeCursor(cursor);
    } catch (err) {
      expect((err as HttpError).code).toBe('invalid_cursor');
    }
  });

  it('builds a page from limit + 1 rows', () => {
    const rows = [{ seq: '5' }, { seq: '4' }, { seq: '3' }];
    expect(toPage(rows, 2, (r) => r.seq)).toEqual({ data: ['5', '4'], has_more: true, next_cursor: encodeCursor('4') });
    expect(toPage(rows, 3, (r) => r.seq)).toEqual({ data: ['5', '4', '3'], has_more: false, next_cursor: null });
  });
});
