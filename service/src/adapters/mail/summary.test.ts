import { describe, expect, it } from 'vitest';
import { formatMailSummary, summariseMail } from './summary.ts';

describe('summariseMail', () => {
  it('finds the first 6-digit code and the first link of the text part', () => {
    const summary = summariseMail({
      to: 'dana@client.test',
      subject: 'Your code',
      text: 'Call 0123456789 or use 482913 by 2026.\nOpen https://portal.example/p/prt_1/verify#token=abc-_1.\nThen https://other.example',
    });
    expect(summary).toEqual({
      to: 'dana@client.test',
      subject: 'Your code',
      code: '482913',
      link: 'https://portal.example/p/prt_1/verify#token=abc-_1',
    });
  });

  it('leaves out what is not there', () => {
    expect(summariseMail({ to: 'a@b.test', subject: 's', text: 'No code, no link.' })).toMatchObject({ code: undefined, link: undefined });
  });
});

describe('formatMailSummary', () => {
  const summary = { to: 'a@b.test', subject: 'Say "hi"\nthere', code: '123456', link: 'https://x.example/' };
  it('puts recipient, quoted subject, code and link on one line', () => {
    expect(formatMailSummary(summary, { withSecrets: true })).toBe(
      'mail to a@b.test “Say "hi" there”  code 123456  link https://x.example/',
    );
  });
  it('omits the code and link without secrets', () => {
    expect(formatMailSummary(summary, { withSecrets: false })).toBe('mail to a@b.test “Say "hi" there”');
  });
});
