import { describe, expect, it } from 'vitest';
import { addressNetwork, crossesNetworks } from '../src/fetch/address.js';

// A DNS answer or a link can name an IPv4 address inside IPv6, or a range that is not the public
// web without being RFC 1918: each must be read as the network it reaches.
describe('addressNetwork: what an address reaches', () => {
  it.each([
    ['::ffff:127.0.0.1', 'loopback'], // IPv4-mapped, dotted
    ['::ffff:a9fe:a9fe', 'link-local'], // IPv4-mapped, hex (169.254.169.254)
    ['::7f00:1', 'loopback'], // IPv4-compatible (deprecated) ::127.0.0.1
    ['64:ff9b::a9fe:a9fe', 'link-local'], // NAT64 to 169.254.169.254
    ['64:ff9b::10.0.0.5', 'private'], // NAT64, dotted
    ['2002:a9fe:a9fe::1', 'link-local'], // 6to4 of 169.254.169.254
    ['2002:c0a8:0101::', 'private'], // 6to4 of 192.168.1.1
    ['ff02::1', 'private'], // IPv6 multicast
    ['198.18.0.1', 'private'], // benchmarking, RFC 2544
    ['192.0.0.8', 'private'], // IETF protocol assignments
    ['224.0.0.251', 'private'], // multicast
    ['255.255.255.255', 'private'], // broadcast, in reserved 240/4
  ])('%s is %s', (ip, network) => {
    expect(addressNetwork(ip)).toBe(network);
  });

  it.each(['8.8.8.8', '2001:4860:4860::8888', '2002:0808:0808::1', '64:ff9b::808:808', '1::'])(
    '%s stays public',
    (ip) => {
      expect(addressNetwork(ip)).toBe('public');
    },
  );

  it('refuses a NAT64 spelling of the metadata address in a link of public content', () => {
    const from = new URL('https://news.example/feed.xml');
    expect(crossesNetworks(from, new URL('http://[64:ff9b::a9fe:a9fe]/latest'))).toContain(
      'link-local',
    );
  });
});
