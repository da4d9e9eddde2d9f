import { isIPv4, isIPv6 } from 'node:net';

/**
 * Which network a URL's host is in, read from its spelling (no DNS lookup). Remote content (a
 * fetched feed, stdin, a redirect) must not lead veille from the web into a private network: a
 * feed item or a redirect naming http://169.254.169.254/ (a cloud's metadata service) or an
 * intranet address would otherwise be fetched and its answer stored, rendered and sent to the
 * model. The WHATWG URL parser has already normalised the other IPv4 spellings
 * (`2130706433`, `0x7f.1`) to dotted quads, so a table of prefixes covers them. A name can
 * still resolve to any of these: connect-guard.ts applies the same rule when connecting.
 */
export type Network = 'public' | 'loopback' | 'private' | 'link-local';

/** IPv4 ranges that are not the public web: [first address, prefix length, network]. */
const IPV4_RANGES: readonly (readonly [string, number, Network])[] = [
  ['127.0.0.0', 8, 'loopback'],
  ['0.0.0.0', 8, 'loopback'], // "this host": connecting to 0.0.0.0 reaches loopback
  ['10.0.0.0', 8, 'private'], // RFC 1918
  ['172.16.0.0', 12, 'private'], // RFC 1918
  ['192.168.0.0', 16, 'private'], // RFC 1918
  ['100.64.0.0', 10, 'private'], // carrier-grade NAT, RFC 6598
  ['169.254.0.0', 16, 'link-local'], // cloud metadata services live here
];

/** IPv6 prefixes (first hextet, mask) that are not the public web. */
const IPV6_RANGES: readonly (readonly [number, number, Network])[] = [
  [0xfc00, 0xfe00, 'private'], // unique local fc00::/7
  [0xfe80, 0xffc0, 'link-local'], // fe80::/10
];

/** Host names that always mean this machine (RFC 6761). */
const LOOPBACK_NAMES = /^(?:localhost|.+\.localhost)\.?$/i;

function ipv4Number(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function ipv4Network(ip: string): Network {
  const n = ipv4Number(ip);
  for (const [first, bits, network] of IPV4_RANGES) {
    const size = 2 ** (32 - bits);
    const start = ipv4Number(first);
    if (n >= start && n < start + size) return network;
  }
  return 'public';
}

function ipv6Network(ip: string): Network {
  const lower = ip.toLowerCase();
  if (lower === '::1' || lower === '::') return 'loopback';
  // An IPv4-mapped address (::ffff:a.b.c.d, shown by the URL parser as ::ffff:xxxx:xxxx).
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (mapped) {
    const n = parseInt(mapped[1]!, 16) * 65536 + parseInt(mapped[2]!, 16);
    return ipv4Network([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.'));
  }
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return ipv4Network(dotted[1]!);
  const first = lower.startsWith('::') ? 0 : parseInt(lower.split(':')[0] ?? '0', 16);
  for (const [prefix, mask, network] of IPV6_RANGES) {
    if ((first & mask) === prefix) return network;
  }
  return 'public';
}

/** The network an IP address is in (as DNS answers it or as a socket connects to it). */
export function addressNetwork(ip: string): Network {
  if (isIPv4(ip)) return ipv4Network(ip);
  return ipv6Network(ip.replace(/%.*$/, '')); // without a zone index (fe80::1%eth0)
}

/** The network `url`'s host is in; a host name other than localhost counts as public. */
export function networkOf(url: URL): Network {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIPv4(host) || isIPv6(host)) return addressNetwork(host);
  return LOOPBACK_NAMES.test(host) ? 'loopback' : 'public';
}

/**
 * Why remote content found at `from` (null: of unknown origin, such as stdin) may not lead to
 * `to`, or null when it may: the public web is open to all; a private network only to content
 * that came from that same kind of network (an intranet feed may link intranet pages).
 */
export function crossesNetworks(from: URL | null, to: URL): string | null {
  const target = networkOf(to);
  if (target === 'public') return null;
  if (from !== null && networkOf(from) === target) return null;
  return `${to.hostname} is a ${target} address, in another network than the content naming it`;
}
