/**
 * What a link found inside content may load (issue 8, item 1): links in remote content only
 * http(s); links in a local feed or list file also local paths, but only inside that file's own
 * folder. Links named on the command line are the user's own and are not restricted.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VeilleError } from '../src/errors.js';
import { loadInputs, type LoadOptions } from '../src/inputs/load.js';
import type { FetchedDocument } from '../src/types.js';
import { html, send, startServer, type TestServer } from './helpers/http-server.js';
import { loopbackOnly } from './helpers/loopback-fetch.js';

let dir: string;
let server: TestServer | undefined;
/** A file outside every feed folder of a test, standing for /etc/passwd. */
let secret: string;
const SECRET_TEXT = 'root:x:0:0:secret';

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'veille-links-'));
  secret = await write('private/passwd.txt', SECRET_TEXT);
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function write(rel: string, content: string): Promise<string> {
  const file = path.join(dir, rel);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

async function loadAll(inputs: string[], options: Omit<LoadOptions, 'recall'> = {}) {
  const docs: FetchedDocument[] = [];
  const errors: VeilleError[] = [];
  for await (const item of loadInputs(inputs, { cwd: dir, http: { retryBaseMs: 5 }, ...options })) {
    if (item instanceof VeilleError) errors.push(item);
    else docs.push(item);
  }
  const leaked = docs.some((d) => d.body.toString().includes(SECRET_TEXT));
  const codes = Object.fromEntries(errors.map((e) => [e.input, e.code]));
  return { docs, errors, leaked, codes, sources: docs.map((d) => d.source).sort() };
}

const xml = (body: string) => (_q: unknown, r: Parameters<typeof send>[0]) =>
  send(r, 200, body, { 'Content-Type': 'application/xml' });

describe('links found in remote content are http(s) only', () => {
  it('refuses file: item links of a fetched feed (RSS link and guid, Atom href, RDF about)', async () => {
    const url = pathToFileURL(secret).href;
    server = await startServer({
      '/rss-link': xml(`<rss><channel><item><link>${url}</link></item></channel></rss>`),
      '/rss-guid': xml(`<rss><channel><item><guid>${url}</guid></item></channel></rss>`),
      '/atom': xml(
        `<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="${url}"/></entry></feed>`,
      ),
      '/rdf': xml(
        `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><item rdf:about="${url}"/></rdf:RDF>`,
      ),
    });
    const feeds = ['/rss-link', '/rss-guid', '/atom', '/rdf'].map((p) => `${server!.url}${p}`);
    const { leaked, docs, errors } = await loadAll(feeds);
    expect(leaked).toBe(false);
    expect(docs).toEqual([]);
    // One refusal: the four feeds name the same link, which is loaded (here: refused) once.
    expect(errors.map((e) => [e.code, e.input])).toEqual([['UNSAFE_LINK', url]]);
    expect(errors[0]?.message).toContain(
      'link refused: a link found in remote content may only be http(s)',
    );
  });

  it('refuses each scheme but http(s) in a fetched feed, and still loads its web links', async () => {
    const s = (server = await startServer({
      '/feed': (_q, r, srv) =>
        xml(`<rss><channel>
          <item><link>${pathToFileURL(secret).href}</link></item>
          <item><link>file:///dev/zero</link></item>
          <item><link>mailto:redaction@journal.example</link></item>
          <item><link>${srv.url}/ok</link></item>
        </channel></rss>`)(_q, r),
      '/ok': html('<p>ok</p>'),
    }));
    const { leaked, sources, errors } = await loadAll([`${s.url}/feed`]);
    expect(leaked).toBe(false);
    expect(sources).toEqual([`${s.url}/ok`]);
    // mailto: is no locator: the feed parser skips it; the two file: links are refused.
    expect(errors.map((e) => e.code)).toEqual(['UNSAFE_LINK', 'UNSAFE_LINK']);
  });

  it('treats a feed read from stdin as remote content', async () => {
    const feed = `<rss><channel><item><link>${pathToFileURL(secret).href}</link></item></channel></rss>`;
    const { leaked, errors } = await loadAll(['-'], { stdin: Readable.from([Buffer.from(feed)]) });
    expect(leaked).toBe(false);
    expect(errors.map((e) => e.code)).toEqual(['UNSAFE_LINK']);
  });
});

describe('links found in remote content stay out of other networks', () => {
  /** Requests to any host but 127.0.0.1 are recorded and refused: the test stays on loopback. */
  const { fetch: guarded, outside } = loopbackOnly();
  const privateLinks = [
    'http://169.254.169.254/latest/meta-data/',
    'http://10.1.2.3/intranet',
    'http://172.16.0.1/',
    'http://192.168.0.1/',
    'http://[fd00::1]/',
    'http://[::ffff:169.254.169.254]/',
  ];

  it('refuses a fetched feed\u2019s links to link-local and private addresses, loads its loopback ones', async () => {
    const s = (server = await startServer({
      '/feed': (_q, r, srv) =>
        xml(`<rss><channel>
          ${privateLinks.map((l) => `<item><link>${l}</link></item>`).join('')}
          <item><link>${srv.url}/ok</link></item>
        </channel></rss>`)(_q, r),
      '/ok': html('<p>ok</p>'),
    }));
    outside.length = 0;
    const { sources, errors } = await loadAll([`${s.url}/feed`], {
      http: { retryBaseMs: 5, fetch: guarded },
    });
    expect(outside).toEqual([]);
    expect(sources).toEqual([`${s.url}/ok`]);
    expect(errors.map((e) => e.code)).toEqual(privateLinks.map(() => 'UNSAFE_LINK'));
    expect(errors[0]?.message).toContain('another network');
  });

  it('refuses loopback and private links in a feed read from stdin', async () => {
    const links = ['http://127.0.0.1:9/a', 'http://localhost:9/b', 'http://10.0.0.1/c'];
    const feed = `<rss><channel>${links.map((l) => `<item><link>${l}</link></item>`).join('')}</channel></rss>`;
    outside.length = 0;
    const { errors } = await loadAll(['-'], {
      stdin: Readable.from([Buffer.from(feed)]),
      http: { retryBaseMs: 5, retries: 0, fetch: guarded },
    });
    expect(outside).toEqual([]);
    expect(errors.map((e) => e.code)).toEqual(['UNSAFE_LINK', 'UNSAFE_LINK', 'UNSAFE_LINK']);
  });
});

describe('links in a local feed or list stay inside its folder', () => {
  it('loads a local feed\u2019s links inside its folder and refuses the others', async () => {
    await write('feeds/in.html', '<p>in</p>');
    await write('feeds/sub/deeper.html', '<p>deeper</p>');
    await symlink(secret, path.join(dir, 'feeds', 'alias.html'));
    await write(
      'feeds/site.rss',
      `<rss><channel>
        <item><link>in.html</link></item>
        <item><link>sub/deeper.html</link></item>
        <item><link>../private/passwd.txt</link></item>
        <item><link>${pathToFileURL(secret).href}</link></item>
        <item><link>alias.html</link></item>
      </channel></rss>`,
    );
    const { leaked, docs, codes } = await loadAll(['feeds/site.rss']);
    expect(leaked).toBe(false);
    expect(docs.map((d) => path.basename(new URL(d.url ?? '').pathname)).sort()).toEqual([
      'deeper.html',
      'in.html',
    ]);
    expect(codes).toEqual({
      [pathToFileURL(path.join(dir, 'private/passwd.txt')).href]: 'UNSAFE_LINK',
      [pathToFileURL(path.join(dir, 'feeds/alias.html')).href]: 'UNSAFE_LINK',
    });
  });

  it('tells a file whose name starts with two dots from a step up', async () => {
    await write('feeds/..brouillon.html', '<p>brouillon</p>');
    await write(
      'feeds/site.rss',
      '<rss><channel><item><link>..brouillon.html</link></item></channel></rss>',
    );
    const { docs, errors } = await loadAll(['feeds/site.rss']);
    expect(errors).toEqual([]);
    expect(docs).toHaveLength(1);
  });

  it('refuses a local feed link to a device file outside its folder', async () => {
    await write(
      'feeds/site.rss',
      '<rss><channel><item><link>file:///dev/zero</link></item></channel></rss>',
    );
    const { codes } = await loadAll(['feeds/site.rss'], { http: { maxBytes: 1000 } });
    expect(codes).toEqual({ 'file:///dev/zero': 'UNSAFE_LINK' });
  });

  it('applies the same rule to the lines of a --from list', async () => {
    await write('lists/ok.html', '<p>ok</p>');
    const other = await write('private/other.txt', SECRET_TEXT);
    const list = await write(
      'lists/today.txt',
      `ok.html\n../private/passwd.txt\n${other}\nfile:///dev/zero\n`,
    );
    const { leaked, docs, codes } = await loadAll([], { from: list });
    expect(leaked).toBe(false);
    expect(docs.map((d) => d.source)).toEqual([path.join(dir, 'lists', 'ok.html')]);
    expect(codes).toEqual({
      [secret]: 'UNSAFE_LINK',
      [other]: 'UNSAFE_LINK',
      'file:///dev/zero': 'UNSAFE_LINK',
    });
  });

  it('still reads any path the user names on the command line', async () => {
    const { docs, errors } = await loadAll([secret]);
    expect(errors).toEqual([]);
    expect(docs).toHaveLength(1);
  });
});
