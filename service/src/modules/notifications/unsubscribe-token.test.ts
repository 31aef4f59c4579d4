import { describe, expect, it } from 'vitest';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token.ts';

const KEY = 'unsubscribe-test-key-0123456789abcdef';

describe('unsubscribe tokens', () => {
  it('name a member or an owner address, and verify under the key that signed them', () => {
    const member = signUnsubscribeToken(KEY, { kind: 'member', memberId: 'mem_1' });
    const owner = signUnsubscribeToken(KEY, { kind: 'owner', workspaceId: 'wsp_1', email: 'owner@acme.test' });
    expect(member).toMatch(/^u1\.[\w-]+\.[\w-]{43}$/);
    expect(verifyUnsubscribeToken(KEY, member)).toEqual({ kind: 'member', memberId: 'mem_1' });
    expect(verifyUnsubscribeToken(KEY, owner)).toEqual({ kind: 'owner', workspaceId: 'wsp_1', email: 'owner@acme.test' });
    expect(verifyUnsubscribeToken(`${KEY}-rotated`, member)).toBeUndefined();
  });

  it('refuse an altered payload, an altered MAC and malformed input', () => {
    const token = signUnsubscribeToken(KEY, { kind: 'member', memberId: 'mem_1' });
    const [version, , mac] = token.split('.');
    const otherPayload = Buffer.from(JSON.stringify({ m: 'mem_2' })).toString('base64url');
    for (const bad of [
      `${version}.${otherPayload}.${mac}`,
      `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`,
      `u2.${token.slice(3)}`,
      `${token}.extra`,
      'u1..',
      '',
      'x'.repeat(5000),
    ]) {
      expect(verifyUnsubscribeToken(KEY, bad), bad.slice(0, 40)).toBeUndefined();
    }
  });
});
