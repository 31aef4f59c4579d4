import { describe, expect, it } from 'vitest';
import { HttpError } from '../errors/http-error.ts';
import { decodeCursor, decodeKeysetCursor, encodeCursor, encodeKeysetCursor, toPage } from './pagination.ts';

describe('cursors', () => {
  it('round-trips a keyset position, and refuses what is not one of this list (400 invalid_cursor)', () => {
    const read = ({ d, i }: Record<string, unknown>) =>
      typeof i === 'string' && (d === null || typeof d === 'string') ? { d, i } : undefined;
    expect(decodeKeysetCursor(encodeKeysetCursor({ d: null, i: 'req_1' }), read)).toEqual({ d: null, i: 'req_1' });
    expect(decodeKeysetCursor(undefined, read)).toBeUndefined();
    const b64 = (text: string) => Buffer.from(text).toString('base64url');
    for (const bad of ['%%%', b64('null'), b64('[1]'), b64('{"v":2,"i":"req_1","d":null}'), b64('{"v":1,"i":7}'), encodeCursor('5')]) {
      expect(() => decodeKeysetCursor(bad, read), bad).toThrow(HttpError);
    }
  });

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
