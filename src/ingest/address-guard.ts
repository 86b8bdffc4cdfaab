import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import ipaddr from 'ipaddr.js';

/**
 * Whether an address is on the public internet. Loopback, private, link-local (cloud metadata at
 * 169.254.169.254), carrier-grade NAT, multicast and reserved ranges are not; ipaddr.js knows the ranges,
 * including IPv4 written inside IPv6 (::ffff:127.0.0.1).
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

export class BlockedAddressError extends Error {
  override name = 'BlockedAddressError';
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http.request that resolves every address of a host and refuses the connection when
 * any of them is not public. The socket then connects to an address checked here, so a name that
 * resolves differently a moment later (DNS rebinding) cannot slip past.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses) => {
      if (error) return callback(error, []);
      const blocked = addresses.find((entry) => !isPublicAddress(entry.address));
      if (blocked && !allowPrivate)
        return callback(new BlockedAddressError(blockedMessage(hostname, blocked.address)), []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

export function blockedMessage(host: string, address: string): string {
  const where = host === address ? address : `${host} (${address})`;
  return `${where} is a private or local address; only public web pages can be added from chat (an operator can allow private addresses in the configuration)`;
}
