import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** A webhook URL whose host may not be called: it resolves to a non-public address, or not at all. */
export class UnsafeAddressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeAddressError';
  }
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

const RANGE_NAMES: Record<string, string> = {
  unspecified: 'unspecified',
  loopback: 'loopback',
  private: 'private',
  linkLocal: 'link-local',
  uniqueLocal: 'unique-local',
  carrierGradeNat: 'carrier-grade NAT',
  multicast: 'multicast',
  broadcast: 'broadcast',
};

/**
 * Why a webhook may not call `address`, or `undefined` for a public unicast address. Everything that is
 * not plain global unicast is refused: loopback, private (RFC 1918), link-local (cloud metadata at
 * 169.254.169.254), unique-local (fc00::/7), carrier-grade NAT, multicast, documentation and reserved
 * ranges, and IPv6 forms that tunnel to an IPv4 address (NAT64, 6to4, Teredo, IPv4-compatible). An
 * IPv4-mapped address (::ffff:a.b.c.d) is judged as the IPv4 address it is.
 */
export function blockedReason(address: string): string | undefined {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = ipaddr.parse(address);
  } catch {
    return 'not an IP address';
  }
  const range = ip.range();
  if (ip.kind() === 'ipv6' && range === 'ipv4Mapped') return blockedReason((ip as ipaddr.IPv6).toIPv4Address().toString());
  if (range !== 'unicast') return RANGE_NAMES[range] ?? 'reserved';
  // The rest of ::/96 holds the deprecated IPv4-compatible addresses (::7f00:1): never a real destination.
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).parts.slice(0, 6).every((part) => part === 0)) return 'reserved';
  return undefined;
}

/**
 * The addresses to call for `hostname` (an IP literal, or a name resolved through the system resolver,
 * which also reads /etc/hosts). Unless `allowPrivate`, every address must be public: one private address
 * among public ones refuses the host, since the connection could go to any of them. Throws
 * {@link UnsafeAddressError} naming the address.
 */
export async function resolveAllowed(hostname: string, allowPrivate: boolean, timeoutMs = 5000): Promise<ResolvedAddress[]> {
  const host = hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: ResolvedAddress[];
  const family = isIP(host);
  if (family === 4 || family === 6) {
    addresses = [{ address: host, family }];
  } else {
    let timer: NodeJS.Timeout | undefined;
    try {
      const found = await Promise.race([
        lookup(host, { all: true, verbatim: true }),
        new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
        }),
      ]);
      addresses = found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
    } catch {
      throw new UnsafeAddressError(`${host} does not resolve to an address`);
    } finally {
      clearTimeout(timer);
    }
  }
  if (addresses.length === 0) throw new UnsafeAddressError(`${host} does not resolve to an address`);
  if (!allowPrivate) {
    for (const { address } of addresses) {
      const reason = blockedReason(address);
      if (reason) {
        const via = address === host ? address : `${host} (${address})`;
        throw new UnsafeAddressError(`${via} is a ${reason} address; webhooks only call public addresses`);
      }
    }
  }
  return addresses;
}
