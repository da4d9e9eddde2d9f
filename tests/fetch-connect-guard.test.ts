/**
 * SSRF through DNS names: address.ts reads a link's host as written, so a public-looking name
 * whose records point into loopback, a private network or a cloud's metadata service must be
 * refused when connecting, by the same rule (src/fetch/connect-guard.ts). Names are resolved by
 * an injected resolver (tests/helpers/resolver.ts); every server listens on 127.0.0.1.
 */
import type { LookupAddress } from 'node:dns';
import { afterEach, describe, expect, it } from 'vitest';
import { VeilleError } from '../src/errors.js';
import {
  connectOptions,
  guardedLookup,
  unsafeAddress,
  type Reach,
} from '../src/fetch/connect-guard.js';
import { fetchUrl, type HttpOptions } from '../src/fetch/http.js';
import {
  closedPort,
  html,
  send,
  startServer,
  type Routes,
  type TestServer,
} from './helpers/http-server.js';
import { resolver } from './helpers/resolver.js';

/** Content found on the public web, such as a news site's feed. */
const PUBLIC_FEED = new URL('https://news.example/feed.xml');

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(routes: Routes): Promise<TestServer> {
  server = await startServer(routes);
  return server;
}

async function fetchError(url: string, options: HttpOptions): Promise<VeilleError> {
  const err: unknown = await fetchUrl(url, { retryBaseMs: 5, ...options }).then(
    () => new Error(`expected ${url} to be refused`),
    (e: unknown) => e,
  );
  if (!(err instanceof VeilleError)) throw err;
  expect(err.input).toBe(url);
  expect(err.message).not.toMatch(/\n/);
  return err;
}

describe('fetchUrl: a link connects only into the network of the content naming it', () => {
  it.each([
    ['evil.example', '127.0.0.1'],
    ['this-host.example', '0.0.0.0'],
    ['mapped.example', '::ffff:127.0.0.1'],
    ['v6.example', '::1'],
  ])(
    'refuses a link of public content to %s (resolving to %s): UNSAFE_LINK, no request, no retry',
    async (name, address) => {
      const s = await serve({ '/secret': html('<p>internal</p>') });
      const dns = resolver({ [name]: [address] });
      const url = `http://${name}:${s.port}/secret`;
      const err = await fetchError(url, { foundIn: PUBLIC_FEED, lookup: dns.lookup });
      expect(err.code).toBe('UNSAFE_LINK');
      expect(err.message).toBe(
        `link refused: ${name} is at ${address}, a loopback address, in another network than the content naming it`,
      );
      expect(s.requests).toEqual([]);
      expect(dns.asked).toEqual([name]); // one lookup, the connection's own: nothing to rebind
    },
  );

  it('refuses an address link of public content when connecting, too', async () => {
    const s = await serve({ '/secret': html('<p>internal</p>') });
    const err = await fetchError(`${s.url}/secret`, { foundIn: PUBLIC_FEED });
    expect(err.code).toBe('UNSAFE_LINK');
    expect(err.message).toContain('127.0.0.1 is a loopback address');
    expect(s.requests).toEqual([]);
  });

  it('loads a link of loopback content to a name resolving to loopback', async () => {
    const s = await serve({ '/a': html('<p>ok</p>') });
    const dns = resolver({ 'local.example': ['127.0.0.1'] });
    const doc = await fetchUrl(`http://local.example:${s.port}/a`, {
      foundIn: new URL(`${s.url}/feed.xml`),
      lookup: dns.lookup,
    });
    expect(doc.body.toString()).toBe('<p>ok</p>');
  });

  it('loads a local server the user names by a name, and its redirects within that host', async () => {
    const s = await serve({
      '/a': (_q, r) => send(r, 301, '', { Location: '/a/' }),
      '/a/': html('ok'),
    });
    const dns = resolver({ 'local.example': ['127.0.0.1'] });
    const doc = await fetchUrl(`http://local.example:${s.port}/a`, { lookup: dns.lookup });
    expect(doc.url).toBe(`http://local.example:${s.port}/a/`);
  });
});

describe('fetchUrl: a redirect connects only into the network of the page redirecting', () => {
  it('refuses a public page redirecting to a name resolving to loopback, naming the target', async () => {
    const s = await serve({
      '/r': (_q, r, srv) =>
        send(r, 302, '', { Location: `http://evil.example:${srv.port}/secret` }),
      '/secret': html('<p>internal</p>'),
    });
    const dns = resolver({ 'news.example': ['127.0.0.1'], 'evil.example': ['127.0.0.1'] });
    const url = `http://news.example:${s.port}/r`; // named by the user: may be anywhere
    const err = await fetchError(url, { lookup: dns.lookup });
    expect(err.code).toBe('UNSAFE_LINK');
    expect(err.message).toBe(
      `refused redirect to http://evil.example:${s.port}/secret: evil.example is at 127.0.0.1, a loopback address, in another network than the content naming it`,
    );
    expect(s.requests.map((r) => r.path)).toEqual(['/r']);
  });
});

/** The guarded lookup's answer, as the connecting socket would receive it. */
function lookUp(
  reach: Reach,
  answers: Record<string, string[] | ((nth: number) => string[])>,
  all: boolean,
): Promise<{ error: Error | null; address: string | LookupAddress[] }> {
  const dns = resolver(answers);
  const guarded = guardedLookup(reach, dns.lookup);
  return new Promise((resolve) => {
    guarded(Object.keys(answers)[0]!, { all }, (error, address) => resolve({ error, address }));
  });
}

describe('guardedLookup: every address a name resolves to is checked', () => {
  // Unit-level: with the guard wrong, a socket would go to these addresses, off loopback.
  it('refuses metadata.google.internal (169.254.169.254) in a link of public content', async () => {
    const answers = { 'metadata.google.internal': ['169.254.169.254'] };
    const { error } = await lookUp('public', answers, true);
    expect(error?.message).toBe(
      'metadata.google.internal is at 169.254.169.254, a link-local address, in another network than the content naming it',
    );
  });

  it.each([
    [['203.0.113.9', '127.0.0.1'], 'loopback'],
    [['203.0.113.9', '169.254.169.254'], 'link-local'],
    [['203.0.113.9', '10.0.0.7'], 'private'],
    [['2001:db8::1', 'fd00::1'], 'private'],
    [['2001:db8::1', 'fe80::1%eth0'], 'link-local'],
  ])('refuses %j in a link of public content (%s)', async (addresses, network) => {
    const { error } = await lookUp('public', { 'mixed.example': addresses }, false);
    expect(error?.message).toContain(`a ${network} address`);
  });

  it('answers the addresses it checked, in the shape asked for', async () => {
    const answers = { 'ok.example': ['203.0.113.9', '2001:db8::1'] };
    expect(await lookUp('public', answers, true)).toEqual({
      error: null,
      address: [
        { address: '203.0.113.9', family: 4 },
        { address: '2001:db8::1', family: 6 },
      ],
    });
    expect(await lookUp('public', answers, false)).toEqual({ error: null, address: '203.0.113.9' });
  });

  it('checks each lookup on its own answer: a name rebinding to loopback is refused then', async () => {
    const dns = resolver({
      'rebind.example': (nth) => (nth === 0 ? ['203.0.113.9'] : ['127.0.0.1']),
    });
    const guarded = guardedLookup('public', dns.lookup);
    const ask = (): Promise<Error | null> =>
      new Promise((resolve) => guarded('rebind.example', { all: true }, (e) => resolve(e)));
    expect(await ask()).toBeNull();
    expect((await ask())?.message).toContain('rebind.example is at 127.0.0.1');
    expect(dns.asked).toEqual(['rebind.example', 'rebind.example']);
  });

  it('lets loopback content lead to loopback names, and a named URL anywhere', async () => {
    const answers = { 'local.example': ['127.0.0.1'] };
    expect((await lookUp('loopback', answers, false)).error).toBeNull();
    expect((await lookUp('any', { 'meta.example': ['169.254.169.254'] }, false)).error).toBeNull();
    expect((await lookUp('private', answers, false)).error?.message).toContain('loopback');
  });
});

describe('connectOptions: an address in brackets (IPv6) is checked before any socket', () => {
  // WHATWG URLs keep the brackets in `hostname` ("[::1]"): the guard must read the address
  // inside them, or a spelling that passed address.ts would be connected to unchecked. The port
  // is closed: a request that got through would fail on the connection, not on the guard.
  it.each([
    ['[::1]', '::1 is a loopback address'],
    ['[0:0:0:0:0:0:0:1]', '::1 is a loopback address'],
    ['[::ffff:127.0.0.1]', 'is a loopback address'],
    ['[fd00::1]', 'is a private address'],
  ])('refuses %s for public content', async (host, reason) => {
    const url = `http://${host}:${await closedPort()}/`;
    const err: unknown = await fetch(url, await connectOptions('public')).then(
      () => new Error(`expected ${url} to be refused`),
      (e: unknown) => e,
    );
    expect(unsafeAddress(err)).toContain(reason);
  });
});
