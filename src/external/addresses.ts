import type { LookupAddress, LookupOptions } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Addresses that are not on the public internet (IANA's special-purpose registries): a link to
 * one would make the runner request its own services, its cloud's metadata endpoint or the
 * intranet. Node's BlockList matches IPv4 rules against IPv4-mapped IPv6 addresses too.
 */
const NOT_PUBLIC: readonly [string, number, 'ipv4' | 'ipv6'][] = [
  ['0.0.0.0', 8, 'ipv4'], // "this network", unspecified
  ['10.0.0.0', 8, 'ipv4'], // private
  ['100.64.0.0', 10, 'ipv4'], // carrier-grade NAT
  ['127.0.0.0', 8, 'ipv4'], // loopback
  ['169.254.0.0', 16, 'ipv4'], // link-local (cloud metadata endpoints)
  ['172.16.0.0', 12, 'ipv4'], // private
  ['192.0.0.0', 24, 'ipv4'], // protocol assignments
  ['192.0.2.0', 24, 'ipv4'], // documentation
  ['192.88.99.0', 24, 'ipv4'], // 6to4 relay
  ['192.168.0.0', 16, 'ipv4'], // private
  ['198.18.0.0', 15, 'ipv4'], // benchmarking
  ['198.51.100.0', 24, 'ipv4'], // documentation
  ['203.0.113.0', 24, 'ipv4'], // documentation
  ['224.0.0.0', 4, 'ipv4'], // multicast
  ['240.0.0.0', 4, 'ipv4'], // reserved, broadcast
  ['::', 96, 'ipv6'], // unspecified, loopback, IPv4-compatible
  ['::ffff:0:0', 96, 'ipv6'], // IPv4-mapped
  ['64:ff9b::', 96, 'ipv6'], // NAT64: embeds an IPv4 address
  ['64:ff9b:1::', 48, 'ipv6'], // local NAT64
  ['100::', 64, 'ipv6'], // discard
  ['2001::', 23, 'ipv6'], // protocol assignments (Teredo embeds an IPv4 address)
  ['2001:db8::', 32, 'ipv6'], // documentation
  ['2002::', 16, 'ipv6'], // 6to4: embeds an IPv4 address
  ['fc00::', 7, 'ipv6'], // unique local
  ['fe80::', 10, 'ipv6'], // link-local
  ['fec0::', 10, 'ipv6'], // site-local
  ['ff00::', 8, 'ipv6'], // multicast
];

const notPublic = new BlockList();
for (const [network, prefix, family] of NOT_PUBLIC) notPublic.addSubnet(network, prefix, family);

const IPV4_BITS = 32;
const IPV6_BITS = 128;

const familyName = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');

/**
 * Which addresses may be requested: public ones, and the non-public ones `allow-private` names
 * (`true`: every one, for intranet docs; a list of CIDR ranges: those).
 */
export class AddressPolicy {
  private readonly allowed: BlockList | null;

  constructor(private readonly allowPrivate: boolean | readonly string[] = false) {
    this.allowed = Array.isArray(allowPrivate) ? rangeList(allowPrivate) : null;
  }

  permits(address: string): boolean {
    if (this.allowPrivate === true) return true;
    const family = familyName(address);
    if (!notPublic.check(address, family)) return true;
    return this.allowed?.check(address, family) ?? false;
  }
}

/** `10.0.0.0/8`, `fd00::/8` or a single address. */
export function parseRange(range: string): { network: string; prefix: number; family: 'ipv4' | 'ipv6' } | null {
  const [network = '', prefixText, ...rest] = range.trim().split('/');
  const version = isIP(network);
  if (version === 0 || rest.length > 0) return null;
  const bits = version === 4 ? IPV4_BITS : IPV6_BITS;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (!/^\d+$/.test(prefixText ?? '0') || prefix > bits) return null;
  return { network, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

function rangeList(ranges: readonly string[]): BlockList {
  const list = new BlockList();
  for (const range of ranges) {
    const parsed = parseRange(range);
    if (parsed) list.addSubnet(parsed.network, parsed.prefix, parsed.family);
  }
  return list;
}

/** The error a refused connection fails with, so that the checker can tell it from a network error. */
export class RefusedAddress extends Error {
  constructor(readonly host: string) {
    super(`${host} is not a public address`);
  }
}

/** The host of a parsed URL as an address when it is one (`[::1]` → `::1`), else null. */
export function literalAddress(url: URL): string | null {
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return isIP(host) === 0 ? null : host;
}

export type Resolver = (hostname: string, options: LookupOptions & { all: true }, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

/**
 * A `lookup` for `http.request`: resolves the name, refuses it when any of its addresses is not
 * permitted, and hands the socket exactly the addresses it checked, so a DNS answer that changes
 * between the check and the connection cannot get through (there is no second resolution).
 * node:dns is loaded here, by a run that checks external links, not by every run that reads the
 * configuration's ranges from this module.
 */
export function checkedLookup(policy: AddressPolicy, resolve: Resolver = process.getBuiltinModule('node:dns').lookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      if (addresses.length === 0 || addresses.some((a) => !policy.permits(a.address))) return callback(new RefusedAddress(hostname), []);
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}
