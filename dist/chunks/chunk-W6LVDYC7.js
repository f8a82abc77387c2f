import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  lazyDependency
} from "./chunk-KZX5ILNR.js";

// src/external/addresses.ts
import { BlockList, isIP } from "node:net";
var NOT_PUBLIC = [
  ["0.0.0.0", 8, "ipv4"],
  // "this network", unspecified
  ["10.0.0.0", 8, "ipv4"],
  // private
  ["100.64.0.0", 10, "ipv4"],
  // carrier-grade NAT
  ["127.0.0.0", 8, "ipv4"],
  // loopback
  ["169.254.0.0", 16, "ipv4"],
  // link-local (cloud metadata endpoints)
  ["172.16.0.0", 12, "ipv4"],
  // private
  ["192.0.0.0", 24, "ipv4"],
  // protocol assignments
  ["192.0.2.0", 24, "ipv4"],
  // documentation
  ["192.88.99.0", 24, "ipv4"],
  // 6to4 relay
  ["192.168.0.0", 16, "ipv4"],
  // private
  ["198.18.0.0", 15, "ipv4"],
  // benchmarking
  ["198.51.100.0", 24, "ipv4"],
  // documentation
  ["203.0.113.0", 24, "ipv4"],
  // documentation
  ["224.0.0.0", 4, "ipv4"],
  // multicast
  ["240.0.0.0", 4, "ipv4"],
  // reserved, broadcast
  ["::", 96, "ipv6"],
  // unspecified, loopback, IPv4-compatible
  ["::ffff:0:0", 96, "ipv6"],
  // IPv4-mapped
  ["64:ff9b::", 96, "ipv6"],
  // NAT64: embeds an IPv4 address
  ["64:ff9b:1::", 48, "ipv6"],
  // local NAT64
  ["100::", 64, "ipv6"],
  // discard
  ["2001::", 23, "ipv6"],
  // protocol assignments (Teredo embeds an IPv4 address)
  ["2001:db8::", 32, "ipv6"],
  // documentation
  ["2002::", 16, "ipv6"],
  // 6to4: embeds an IPv4 address
  ["fc00::", 7, "ipv6"],
  // unique local
  ["fe80::", 10, "ipv6"],
  // link-local
  ["fec0::", 10, "ipv6"],
  // site-local
  ["ff00::", 8, "ipv6"]
  // multicast
];
var notPublic = new BlockList();
for (const [network, prefix, family] of NOT_PUBLIC) notPublic.addSubnet(network, prefix, family);
var IPV4_BITS = 32;
var IPV6_BITS = 128;
var familyName = (address) => isIP(address) === 6 ? "ipv6" : "ipv4";
var AddressPolicy = class {
  constructor(allowPrivate = false) {
    this.allowPrivate = allowPrivate;
    this.allowed = Array.isArray(allowPrivate) ? rangeList(allowPrivate) : null;
  }
  allowPrivate;
  allowed;
  permits(address) {
    if (this.allowPrivate === true) return true;
    const family = familyName(address);
    if (!notPublic.check(address, family)) return true;
    return this.allowed?.check(address, family) ?? false;
  }
};
function parseRange(range) {
  const [network = "", prefixText, ...rest] = range.trim().split("/");
  const version = isIP(network);
  if (version === 0 || rest.length > 0) return null;
  const bits = version === 4 ? IPV4_BITS : IPV6_BITS;
  const prefix = prefixText === void 0 ? bits : Number(prefixText);
  if (!/^\d+$/.test(prefixText ?? "0") || prefix > bits) return null;
  return { network, prefix, family: version === 4 ? "ipv4" : "ipv6" };
}
function rangeList(ranges) {
  const list = new BlockList();
  for (const range of ranges) {
    const parsed = parseRange(range);
    if (parsed) list.addSubnet(parsed.network, parsed.prefix, parsed.family);
  }
  return list;
}
var RefusedAddress = class extends Error {
  constructor(host) {
    super(`${host} is not a public address`);
    this.host = host;
  }
  host;
};
function literalAddress(url) {
  const host = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  return isIP(host) === 0 ? null : host;
}
function checkedLookup(policy, resolve = process.getBuiltinModule("node:dns").lookup) {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      if (addresses.length === 0 || addresses.some((a) => !policy.permits(a.address))) return callback(new RefusedAddress(hostname), []);
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

// src/external/limits.ts
var MAX_CACHE_AGE_HOURS = 24 * 30;

// src/config/patterns.ts
var re2js = lazyDependency("re2js");
var LinearPattern = class _LinearPattern {
  constructor(source, compiled) {
    this.source = source;
    this.compiled = compiled;
  }
  source;
  compiled;
  /** Throws an Error saying why RE2 cannot run the pattern. */
  static compile(source, { ignoreCase = false } = {}) {
    const { RE2JS } = re2js();
    try {
      return new _LinearPattern(source, RE2JS.compile(source, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0));
    } catch (error) {
      throw new Error(`\`${source}\` is not a pattern loclint can run in linear time (RE2 syntax; no backreferences or look-around): ${error.message}`);
    }
  }
  test(text) {
    return this.compiled.matcher(text).find();
  }
  /** The text with every match removed. */
  removeAll(text) {
    return this.compiled.matcher(text).replaceAll("");
  }
};

export {
  AddressPolicy,
  parseRange,
  RefusedAddress,
  literalAddress,
  checkedLookup,
  MAX_CACHE_AGE_HOURS,
  LinearPattern
};
