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
  ['192.0.0.0', 24, 'private'], // IETF protocol assignments, RFC 6890
  ['198.18.0.0', 15, 'private'], // benchmarking networks, RFC 2544
  ['224.0.0.0', 4, 'private'], // multicast
  ['240.0.0.0', 4, 'private'], // reserved, and the broadcast address 255.255.255.255
];

/** IPv6 prefixes (first hextet, mask) that are not the public web. */
const IPV6_RANGES: readonly (readonly [number, number, Network])[] = [
  [0xfc00, 0xfe00, 'private'], // unique local fc00::/7
  [0xfe80, 0xffc0, 'link-local'], // fe80::/10
  [0xff00, 0xff00, 'private'], // multicast ff00::/8
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

/** The eight hextets of an IPv6 address (a trailing dotted quad allowed); null if malformed. */
function ipv6Hextets(ip: string): number[] | null {
  let text = ip;
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const part = (t: string) => (t === '' ? [] : t.split(':').map((h) => parseInt(h, 16)));
  const front = part(head);
  const back = tail === undefined ? [] : part(tail);
  const zeros = 8 - front.length - back.length;
  if (tail === undefined ? zeros !== 0 : zeros < 0) return null;
  const all = [...front, ...Array<number>(zeros).fill(0), ...back];
  return all.some((h) => !Number.isInteger(h) || h < 0 || h > 0xffff) ? null : all;
}

/** The IPv4 address written in two hextets. */
function ipv4Of(high: number, low: number): string {
  return [high >>> 8, high & 255, low >>> 8, low & 255].join('.');
}

function ipv6Network(ip: string): Network {
  const h = ipv6Hextets(ip.toLowerCase());
  if (h === null) return 'private'; // unreadable: never taken for the public web
  const at = (k: number): number => h[k] ?? 0;
  const zeroTo = (n: number): boolean => h.slice(0, n).every((x) => x === 0);
  if (zeroTo(7) && at(7) <= 1) return 'loopback'; // :: and ::1
  // An IPv4 address carried in IPv6 reaches that IPv4 address: mapped ::ffff:a.b.c.d,
  // compatible ::a.b.c.d, NAT64 64:ff9b::a.b.c.d, and 6to4 2002:aabb:ccdd::.
  if (zeroTo(5) && (at(5) === 0xffff || at(5) === 0)) return ipv4Network(ipv4Of(at(6), at(7)));
  if (at(0) === 0x64 && at(1) === 0xff9b && h.slice(2, 6).every((x) => x === 0)) {
    return ipv4Network(ipv4Of(at(6), at(7)));
  }
  if (at(0) === 0x2002) return ipv4Network(ipv4Of(at(1), at(2)));
  for (const [prefix, mask, network] of IPV6_RANGES) {
    if ((at(0) & mask) === prefix) return network;
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
