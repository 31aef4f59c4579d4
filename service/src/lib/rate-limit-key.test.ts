import { describe, expect, it } from 'vitest';
import { ipRateKey } from './rate-limit-key.ts';

describe('ipRateKey', () => {
  it.each([
    ['192.0.2.7', '192.0.2.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:DB8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['2001:db8::', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::ffff:192.0.2.7', '192.0.2.7'],
    ['64:ff9b::192.0.2.7', '64:ff9b:0:0::/64'],
    ['not an address', 'not an address'],
    [null, 'unknown'],
    [undefined, 'unknown'],
    ['', 'unknown'],
  ])('buckets %s as %s', (ip, key) => {
    expect(ipRateKey(ip)).toBe(key);
  });

  it('puts every address of one /64 in one bucket and the next /64 in another', () => {
    const keys = new Set(Array.from({ length: 50 }, (_, i) => ipRateKey(`2001:db8:aa:bb:${i.toString(16)}:${(i * 7).toString(16)}::${i}`)));
    expect([...keys]).toEqual(['2001:db8:aa:bb::/64']);
    expect(ipRateKey('2001:db8:aa:bc::1')).not.toBe(ipRateKey('2001:db8:aa:bb::1'));
  });
});
