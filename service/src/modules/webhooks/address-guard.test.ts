import { describe, expect, it } from 'vitest';
import { blockedReason, resolveAllowed, UnsafeAddressError } from './address-guard.ts';

describe('blockedReason', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.10', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fd00::1', 'unique-local'],
    ['fc12:3456::1', 'unique-local'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::127.0.0.1', 'loopback'],
    ['::7f00:1', 'reserved'],
    ['64:ff9b::a00:1', 'reserved'],
    ['2002:7f00:1::', 'reserved'],
    ['ff02::1', 'multicast'],
    ['not-an-ip', 'not an IP address'],
  ])('refuses %s (%s)', (address, reason) => {
    expect(blockedReason(address)).toBe(reason);
  });

  it.each(['93.184.215.14', '1.1.1.1', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows the public address %s', (address) => {
    expect(blockedReason(address)).toBeUndefined();
  });
});

describe('resolveAllowed', () => {
  it('refuses loopback names and literals, and takes them with allowPrivate', async () => {
    await expect(resolveAllowed('localhost', false)).rejects.toThrow(UnsafeAddressError);
    await expect(resolveAllowed('127.0.0.1', false)).rejects.toThrow(/127\.0\.0\.1 is a loopback address/);
    await expect(resolveAllowed('[::1]', false)).rejects.toThrow(/loopback/);
    expect(await resolveAllowed('127.0.0.1', true)).toEqual([{ address: '127.0.0.1', family: 4 }]);
    expect(await resolveAllowed('93.184.215.14', false)).toEqual([{ address: '93.184.215.14', family: 4 }]);
  });

  it('refuses a name that does not resolve', async () => {
    await expect(resolveAllowed('no-such-host.invalid', true)).rejects.toThrow(/does not resolve/);
  });
});
