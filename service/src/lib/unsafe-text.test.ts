import { describe, expect, it } from 'vitest';
import { findUnsafeText, unsafeCharMessage } from './unsafe-text.ts';

describe('unsafeCharMessage', () => {
  it('accepts well-formed text, including surrogate pairs', () => {
    for (const text of ['', 'plain', 'émoji 😀', '\ud83d\ude00', 'tab\tnewline\n', '\uffff'])
      expect(unsafeCharMessage(text), text).toBeUndefined();
  });

  it('finds NUL and lone surrogates anywhere, including at the end', () => {
    for (const text of ['\u0000', 'a\u0000', 'a\ud800', '\ud800a', '\udc00', 'a\ude00b', '\ud83d\ude00\ud83d', '\ude00\ud83d']) {
      expect(unsafeCharMessage(text), JSON.stringify(text)).toMatch(/NUL|surrogate/);
    }
  });

  it('is linear: a megabyte of pairs with a lone surrogate at the end takes milliseconds', () => {
    const text = '😀'.repeat(500_000) + '\ud800';
    const started = performance.now();
    expect(unsafeCharMessage(text)).toMatch(/surrogate/);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('findUnsafeText', () => {
  it('names the first offending value or key by its path', () => {
    expect(findUnsafeText({ a: 'ok', b: ['x', 'y\u0000'] }, '/body')).toMatchObject({ path: '/body/b/1' });
    expect(findUnsafeText({ 'a/b~\u0000': 1 }, '/body')).toMatchObject({ path: '/body/a~1b~0\ufffd' });
    expect(findUnsafeText({ a: { b: [1, true, null, 'ok'] } }, '/body')).toBeUndefined();
  });

  it('walks a deeply nested value without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(200_000)}"\\ud800"${']'.repeat(200_000)}`) as unknown;
    // The path names where it starts, cut short.
    expect(findUnsafeText(deep, '/body')?.path).toMatch(/^\/body(\/0)+\/?…$/);
    expect(findUnsafeText(deep, '/body')?.path.length).toBeLessThanOrEqual(201);
  });
});
