import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { VeilleError } from '../src/errors.js';
import { fetchUrl, type HttpOptions } from '../src/fetch/http.js';
import { MAX_RETRY_WAIT_MS } from '../src/fetch/retry.js';
import {
  closedPort,
  delay,
  html,
  send,
  startServer,
  type Routes,
  type TestServer,
} from './helpers/http-server.js';
import { loopbackOnly } from './helpers/loopback-fetch.js';

/** Backoff in milliseconds instead of half-seconds keeps retry tests fast. */
const FAST: HttpOptions = { retryBaseMs: 5 };

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(routes: Routes): Promise<TestServer> {
  server = await startServer(routes);
  return server;
}

async function fetchError(url: string, options: HttpOptions = FAST): Promise<VeilleError> {
  const err: unknown = await fetchUrl(url, options).then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  if (!(err instanceof VeilleError)) throw err;
  expect(err.stage).toBe('fetch');
  expect(err.input).toBe(url);
  expect(err.message).not.toMatch(/\n/);
  return err;
}

const redirect =
  (to: string, status = 302): Routes[string] =>
  (_req, res) =>
    send(res, status, '', { Location: to });

describe('fetchUrl: success and headers', () => {
  it('fetches an HTML page and sends the veille User-Agent, Accept and Accept-Language', async () => {
    const s = await serve({ '/a': html('<p>Bonjour</p>') });
    const doc = await fetchUrl(`${s.url}/a`, FAST);
    expect(doc).toMatchObject({ source: `${s.url}/a`, url: `${s.url}/a`, kind: 'html' });
    expect(doc.contentType).toBe('text/html; charset=utf-8');
    expect(doc.body.toString()).toBe('<p>Bonjour</p>');
    const headers = s.requests[0]?.headers;
    expect(headers?.['user-agent']).toMatch(/^veille\/\S+ \(.*press monitoring/);
    expect(headers?.['accept-language']).toBe('fr,fr-FR;q=0.9,en;q=0.5');
    expect(headers?.accept).toMatch(/^text\/html,application\/xhtml\+xml,text\/plain;q=0.9/);
    expect(headers?.accept).toContain('application/rss+xml');
  });

  it('marks text/plain as text and XHTML as html', async () => {
    const s = await serve({
      '/t': (_q, r) => send(r, 200, 'Texte brut', { 'Content-Type': 'text/plain' }),
      '/x': (_q, r) => send(r, 200, '<html/>', { 'Content-Type': 'application/xhtml+xml' }),
    });
    expect((await fetchUrl(`${s.url}/t`, FAST)).kind).toBe('text');
    expect((await fetchUrl(`${s.url}/x`, FAST)).kind).toBe('html');
  });

  it('sniffs a body served without Content-Type', async () => {
    const s = await serve({
      '/h': (_q, r) => send(r, 200, '<!DOCTYPE html><html><p>x</p></html>'),
      '/t': (_q, r) => send(r, 200, 'Un texte sans balises.'),
      '/pdf': (_q, r) => send(r, 200, Buffer.from('%PDF-1.7\n...')),
    });
    expect((await fetchUrl(`${s.url}/h`, FAST)).kind).toBe('html');
    expect((await fetchUrl(`${s.url}/t`, FAST)).kind).toBe('text');
    const err = await fetchError(`${s.url}/pdf`);
    expect(err.code).toBe('UNSUPPORTED_TYPE');
    expect(err.message).toContain('application/pdf');
  });
});

describe('fetchUrl: bodies that lie about their type', () => {
  const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1');
  const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');
  const ZIP = Buffer.from('504b0304140006000800000021000000', 'hex');
  const NOISE = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256));

  it.each([
    ['PDF', 'text/html; charset=utf-8', PDF, 'application/pdf'],
    ['PNG', 'text/plain', PNG, 'image/png'],
    ['docx (zip)', 'application/xhtml+xml', ZIP, 'application/zip'],
    ['random bytes', 'text/html', NOISE, 'binary'],
  ])('refuses %s served as %s with UNSUPPORTED_TYPE', async (_what, type, body, named) => {
    const s = await serve({ '/b': (_q, r) => send(r, 200, body, { 'Content-Type': type }) });
    const err = await fetchError(`${s.url}/b`);
    expect(err.code).toBe('UNSUPPORTED_TYPE');
    expect(err.message).toContain(named);
    expect(err.message).toContain(type.split(';')[0]!);
  });

  it('accepts an HTML page with a few NUL bytes', async () => {
    const body = `<html><body>${'<p>Un paragraphe\0 de texte.</p>'.repeat(5)}</body></html>`;
    const s = await serve({ '/n': (_q, r) => send(r, 200, body, { 'Content-Type': 'text/html' }) });
    expect((await fetchUrl(`${s.url}/n`, FAST)).kind).toBe('html');
  });
});

describe('fetchUrl: redirects', () => {
  it('follows a chain of redirects, relative Location included, and reports the final URL', async () => {
    const s = await serve({
      '/start': redirect('/middle', 301),
      '/middle': redirect('../dir/end?x=1', 307),
      '/dir/end': html('<p>fin</p>'),
    });
    const doc = await fetchUrl(`${s.url}/start`, FAST);
    expect(doc.url).toBe(`${s.url}/dir/end?x=1`);
    expect(doc.source).toBe(`${s.url}/start`);
    expect(s.requests.map((r) => r.path)).toEqual(['/start', '/middle', '/dir/end?x=1']);
  });

  it('follows exactly 5 redirects but refuses a 6th', async () => {
    const routes: Routes = { '/r5': html('<p>ok</p>'), '/r6': html('<p>ok</p>') };
    for (let i = 0; i < 6; i++) routes[`/r${i}`] ??= redirect(`/r${i + 1}`);
    const s = await serve(routes);
    await expect(fetchUrl(`${s.url}/r0`, FAST)).resolves.toMatchObject({ url: `${s.url}/r5` });
    routes['/r5'] = redirect('/r6');
    const err = await fetchError(`${s.url}/r0`);
    expect(err.code).toBe('TOO_MANY_REDIRECTS');
    expect(err.message).toContain('more than 5 redirects');
  });

  it('detects a redirect loop', async () => {
    const s = await serve({ '/a': redirect('/b'), '/b': redirect('/a') });
    const err = await fetchError(`${s.url}/a`);
    expect(err.code).toBe('TOO_MANY_REDIRECTS');
    expect(err.message).toContain('loop');
    expect(s.requests).toHaveLength(2);
  });
});

describe('fetchUrl: redirects into a private network', () => {
  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.1/admin',
    'http://192.168.1.1/',
    'http://[fe80::1]/',
  ])('refuses a redirect from a loopback page to %s, never requesting it', async (location) => {
    const s = await serve({ '/r': redirect(location) });
    const guard = loopbackOnly();
    const err = await fetchError(`${s.url}/r`, { ...FAST, fetch: guard.fetch });
    expect(guard.outside).toEqual([]);
    expect(err.code).toBe('UNSAFE_LINK');
    expect(err.message).toContain(new URL(location).hostname);
  });

  it('still follows a redirect from a loopback page to another loopback page', async () => {
    const s = await serve({ '/r': redirect('/end'), '/end': html('<p>ok</p>') });
    const doc = await fetchUrl(`${s.url}/r`, FAST);
    expect(doc.url).toBe(`${s.url}/end`);
  });
});

describe('fetchUrl: redirects out of the web', () => {
  it.each(['file:///etc/passwd', 'FILE:/etc/passwd', 'ftp://x.example/a', 'javascript:alert(1)'])(
    'refuses a redirect to %s with UNSAFE_LINK naming it, without retrying',
    async (location) => {
      const s = await serve({ '/r': redirect(location) });
      const err = await fetchError(`${s.url}/r`);
      expect(err.code).toBe('UNSAFE_LINK');
      expect(err.message).toContain(location.split(':')[0]!);
      expect(s.requests).toHaveLength(1);
    },
  );
});

describe('fetchUrl: statuses and retries', () => {
  it.each([
    [404, 'GONE'],
    [410, 'GONE'],
    [403, 'HTTP_STATUS'],
  ])('maps %i to %s without retrying', async (status, code) => {
    const s = await serve({ '/p': (_q, r) => send(r, status, 'no') });
    const err = await fetchError(`${s.url}/p`);
    expect(err.code).toBe(code);
    expect(err.message).toContain(String(status));
    expect(s.requests).toHaveLength(1);
  });

  it('retries a 500 and succeeds on the next attempt', async () => {
    const s = await serve({
      '/p': (_q, r, srv) =>
        srv.hits('/p').length === 1 ? send(r, 500, 'boom') : html('<p>ok</p>')(_q, r, srv),
    });
    const doc = await fetchUrl(`${s.url}/p`, FAST);
    expect(doc.body.toString()).toBe('<p>ok</p>');
    expect(s.requests).toHaveLength(2);
  });

  it('honours Retry-After on 429', async () => {
    const s = await serve({
      '/p': (_q, r, srv) =>
        srv.hits('/p').length === 1
          ? send(r, 429, 'slow down', { 'Retry-After': '1' })
          : html('<p>ok</p>')(_q, r, srv),
    });
    await fetchUrl(`${s.url}/p`, FAST);
    const [first, second] = s.requests;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
  });

  it('fails at once, naming the URL and the wait, when Retry-After asks for a day', async () => {
    const s = await serve({ '/p': (_q, r) => send(r, 429, 'later', { 'Retry-After': '86400' }) });
    const err = await fetchError(`${s.url}/p`);
    expect(err.code).toBe('HTTP_STATUS');
    expect(err.message).toContain(`${s.url}/p`);
    expect(err.message).toContain('86400 s');
    expect(err.message).toContain(`${MAX_RETRY_WAIT_MS / 1000} s`);
    expect(s.requests).toHaveLength(1);
  });

  it('fails at once on a Retry-After date far ahead, even when maxRetryWaitMs asks for more', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toUTCString();
    const s = await serve({ '/p': (_q, r) => send(r, 503, 'down', { 'Retry-After': tomorrow }) });
    const err = await fetchError(`${s.url}/p`, { ...FAST, maxRetryWaitMs: 10 * 86_400_000 });
    expect(err.code).toBe('HTTP_STATUS');
    expect(err.message).toMatch(/asks to retry after \d+ s/);
    expect(s.requests).toHaveLength(1);
  });

  it('does not retry early when Retry-After is longer than maxRetryWaitMs', async () => {
    const s = await serve({ '/p': (_q, r) => send(r, 429, 'later', { 'Retry-After': '2' }) });
    const err = await fetchError(`${s.url}/p`, { ...FAST, maxRetryWaitMs: 100 });
    expect(err.code).toBe('HTTP_STATUS');
    expect(err.message).toContain('2 s');
    expect(s.requests).toHaveLength(1);
  });

  it('gives up after 3 retries with HTTP_STATUS naming the status', async () => {
    const s = await serve({ '/p': (_q, r) => send(r, 503, 'down') });
    const err = await fetchError(`${s.url}/p`);
    expect(err.code).toBe('HTTP_STATUS');
    expect(err.message).toMatch(/503.*gave up after 4 attempts/);
    expect(s.requests).toHaveLength(4);
  });

  it('waits longer between later retries (exponential backoff)', async () => {
    const s = await serve({ '/p': (_q, r) => send(r, 502, 'bad gateway') });
    await fetchError(`${s.url}/p`, { retryBaseMs: 40, retries: 2 });
    const [a, b, c] = s.requests.map((r) => r.at);
    expect(b! - a!).toBeGreaterThanOrEqual(15); // 40 ms × jitter ≥ 0.5
    expect(c! - b!).toBeGreaterThanOrEqual(35); // 80 ms × jitter ≥ 0.5
  });
});

describe('fetchUrl: bad responses', () => {
  const page = gzipSync(
    Buffer.from(`<html><body>${'<p>Un paragraphe.</p>'.repeat(200)}</body></html>`),
  );
  it.each([
    ['gzip', 'not gzip at all', Buffer.from('<html><body><p>pas compressé</p></body></html>')],
    [
      'gzip',
      'corrupted in the middle',
      Buffer.concat([page.subarray(0, 20), Buffer.alloc(40, 0xff), page.subarray(60)]),
    ],
    ['br', 'not brotli at all', Buffer.from('<html><body><p>pas compressé</p></body></html>')],
  ])(
    'reports a %s body that is %s as BAD_RESPONSE without retrying',
    async (encoding, _what, body) => {
      const s = await serve({
        '/z': (_q, r) =>
          send(r, 200, body, { 'Content-Type': 'text/html', 'Content-Encoding': encoding }),
      });
      const err = await fetchError(`${s.url}/z`);
      expect(err.code).toBe('BAD_RESPONSE');
      expect(err.message).toContain(`${encoding} body could not be decompressed`);
      expect(s.requests).toHaveLength(1);
    },
  );

  it('still retries a connection cut in the middle of the body', async () => {
    const s = await serve({
      '/cut': (_q, r, srv) => {
        if (srv.hits('/cut').length > 1) return html('<p>entier</p>')(_q, r, srv);
        r.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': '1000' });
        r.write('<p>début');
        setImmediate(() => r.destroy());
      },
    });
    const doc = await fetchUrl(`${s.url}/cut`, FAST);
    expect(doc.body.toString()).toBe('<p>entier</p>');
    expect(s.requests).toHaveLength(2);
  });
});

describe('fetchUrl: limits and refusals', () => {
  it('times out on a server that does not answer in time', async () => {
    const s = await serve({ '/slow': () => undefined }); // never answers
    const started = Date.now();
    const err = await fetchError(`${s.url}/slow`, { ...FAST, timeoutMs: 150 });
    expect(err.code).toBe('TIMEOUT');
    expect(err.message).toContain('127.0.0.1');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('times out on a body that trickles in too slowly', async () => {
    const s = await serve({
      '/drip': async (_q, r) => {
        r.writeHead(200, { 'Content-Type': 'text/html' });
        r.write('<p>début');
        await delay(1000);
        r.end('</p>');
      },
    });
    const err = await fetchError(`${s.url}/drip`, { ...FAST, timeoutMs: 200 });
    expect(err.code).toBe('TIMEOUT');
  });

  it('refuses a body announced larger than the cap by Content-Length', async () => {
    const s = await serve({
      '/big': (_q, r) =>
        send(r, 200, 'x'.repeat(2000), { 'Content-Type': 'text/html', 'Content-Length': 2000 }),
    });
    const err = await fetchError(`${s.url}/big`, { ...FAST, maxBytes: 1000 });
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toContain('Content-Length');
  });

  it('refuses a streamed body (no Content-Length) once it crosses the cap', async () => {
    const s = await serve({
      '/stream': async (_q, r) => {
        r.writeHead(200, { 'Content-Type': 'text/html' }); // chunked, no length
        for (let i = 0; i < 10; i++) {
          r.write('y'.repeat(500));
          await delay(5);
        }
        r.end();
      },
    });
    const err = await fetchError(`${s.url}/stream`, { ...FAST, maxBytes: 1000 });
    expect(err.code).toBe('TOO_LARGE');
  });

  it.each(['application/pdf', 'image/jpeg', 'image/png'])('refuses %s', async (type) => {
    const s = await serve({ '/f': (_q, r) => send(r, 200, 'bytes', { 'Content-Type': type }) });
    const err = await fetchError(`${s.url}/f`);
    expect(err.code).toBe('UNSUPPORTED_TYPE');
    expect(err.message).toContain(type);
  });

  it('reports an unreachable host (connection refused) naming it', async () => {
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}/a`;
    const err = await fetchError(url, { ...FAST, retries: 1 });
    expect(err.code).toBe('UNREACHABLE');
    expect(err.message).toContain(`127.0.0.1:${port}`);
    expect(err.message).toContain('connection refused');
  });

  it('refuses non-http schemes and invalid URLs as usage errors', async () => {
    expect((await fetchError('ftp://example.org/a')).code).toBe('USAGE');
    expect((await fetchError('http://')).code).toBe('USAGE');
  });

  it('uses an injected fetch', async () => {
    const calls: string[] = [];
    const fake: typeof fetch = async (input) => {
      calls.push(String(input));
      return new Response('<p>injecté</p>', { headers: { 'Content-Type': 'text/html' } });
    };
    const doc = await fetchUrl('https://example.invalid/a', { fetch: fake });
    expect(calls).toEqual(['https://example.invalid/a']);
    expect(doc.kind).toBe('html');
  });
});
