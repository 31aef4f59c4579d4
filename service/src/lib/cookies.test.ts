import { describe, expect, it } from 'vitest';
import { readCookie } from './cookies.ts';

describe('readCookie', () => {
  it('finds a cookie among others, whatever the spacing', () => {
    expect(readCookie('a=1; foyer_session=us_x.y;b=2', 'foyer_session')).toBe('us_x.y');
    expect(readCookie(' foyer_csrf = abc ', 'foyer_csrf')).toBe('abc');
  });

  it('answers undefined without the header, without the cookie, or for a name that only ends alike', () => {
    expect(readCookie(undefined, 'a')).toBeUndefined();
    expect(readCookie('b=1', 'a')).toBeUndefined();
    expect(readCookie('xfoyer_session=1; novalue', 'foyer_session')).toBeUndefined();
  });
});
