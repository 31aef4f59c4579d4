import { isIPv4, isIPv6 } from 'node:net';

/**
 * The bucket a client address counts in, for every per-IP rate limit. An IPv4 address is its own bucket;
 * an IPv6 address counts by its /64, because one subscriber is usually given a whole /64 and could
 * otherwise take a fresh address (and a fresh limit) for every request. IPv4-mapped IPv6 addresses
 * (`::ffff:192.0.2.1`) count as the IPv4 address they carry.
 */
export function ipRateKey(ip: string | null | undefined): string {
  if (!ip) return 'unknown';
  if (isIPv4(ip)) return ip;
  const bare = (ip.split('%')[0] ?? '').toLowerCase(); // without a zone index (fe80::1%eth0)
  if (!isIPv6(bare)) return ip;
  const groups = hextets(bare);
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (`::` expanded, a trailing dotted quad converted). */
function hextets(address: string): number[] {
  const [head = '', tail] = address.split('::');
  const parse = (part: string): number[] => {
    if (part === '') return [];
    const out: number[] = [];
    for (const piece of part.split(':')) {
      if (piece.includes('.')) {
        const [a = 0, b = 0, c = 0, d = 0] = piece.split('.').map(Number);
        out.push((a << 8) | b, (c << 8) | d);
      } else {
        out.push(parseInt(piece, 16));
      }
    }
    return out;
  };
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}
