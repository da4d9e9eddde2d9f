import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VeilleError } from '../src/errors.js';
import { READ_AHEAD, loadInputs, type LoadOptions } from '../src/inputs/load.js';
import type { ExtractResult, FetchedDocument } from '../src/types.js';
import {
  closedPort,
  delay,
  html,
  send,
  startServer,
  type TestServer,
} from './helpers/http-server.js';

let dir: string;
let servers: TestServer[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'veille-inputs-'));
});
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  await rm(dir, { recursive: true, force: true });
});

async function serve(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const server = await startServer(...args);
  servers.push(server);
  return server;
}

async function write(rel: string, content: string | Buffer): Promise<string> {
  const file = path.join(dir, rel);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

/** Loads everything, split into documents (by source) and errors (by input), sorted. */
async function loadAll(inputs: string[], options: Omit<LoadOptions, 'recall'> = {}) {
  const docs: FetchedDocument[] = [];
  const errors: VeilleError[] = [];
  for await (const item of loadInputs(inputs, { cwd: dir, http: { retryBaseMs: 5 }, ...options })) {
    if (item instanceof VeilleError) errors.push(item);
    else docs.push(item);
  }
  docs.sort((a, b) => (a.source < b.source ? -1 : 1));
  errors.sort((a, b) => (String(a.input) < String(b.input) ? -1 : 1));
  return { docs, errors, sources: docs.map((d) => d.source) };
}

describe('loadInputs: local files, folders, stdin, lists', () => {
  it('reads .html and .txt files with file:// URLs and the kind from the extension', async () => {
    const page = await write('a.html', '<p>Bonjour</p>');
    await write('b.txt', 'Un texte.');
    const { docs, errors } = await loadAll(['a.html', 'b.txt']);
    expect(errors).toEqual([]);
    expect(docs.map((d) => [d.source, d.kind])).toEqual([
      ['a.html', 'html'],
      ['b.txt', 'text'],
    ]);
    expect(docs[0]?.url).toBe(pathToFileURL(page).href);
    expect(docs[0]?.contentType).toBeNull();
  });

  it('walks folders recursively in sorted order, skipping hidden and other files', async () => {
    await write('news/b.html', '<p>b</p>');
    await write('news/a.txt', 'a');
    await write('news/sub/c.xhtml', '<html/>');
    await write('news/.hidden.html', '<p>no</p>');
    await write('news/.git/d.html', '<p>no</p>');
    await write('news/image.png', 'no');
    await write('news/notes.md', 'no');
    const names: string[] = [];
    for await (const item of loadInputs(['news'], { cwd: dir, globalLimit: 1 })) {
      names.push(item instanceof VeilleError ? `error ${item.code}` : item.source);
    }
    expect(names).toEqual(['news/a.txt', 'news/b.html', 'news/sub/c.xhtml']);
  });

  it('reports an empty folder', async () => {
    await mkdir(path.join(dir, 'empty'));
    const { errors } = await loadAll(['empty']);
    expect(errors.map((e) => [e.code, e.input])).toEqual([['NOT_FOUND', 'empty']]);
  });

  it('reads stdin for -, sniffing HTML from text', async () => {
    const fromStdin = async (text: string) =>
      (await loadAll(['-'], { stdin: Readable.from([Buffer.from(text)]) })).docs[0];
    expect(await fromStdin('<!DOCTYPE html><html><p>x</p></html>')).toMatchObject({
      source: '-',
      url: null,
      kind: 'html',
    });
    expect((await fromStdin('Texte collé depuis un terminal.'))?.kind).toBe('text');
  });

  it('reads a --from list with comments, blank lines and paths relative to the list', async () => {
    const s = await serve({ '/u': html('<p>u</p>') });
    await write('lists/x.html', '<p>x</p>');
    const list = await write(
      'lists/inputs.txt',
      `# ma veille\n\n${s.url}/u   # un site\n  x.html\n# fin\n`,
    );
    const { sources, errors } = await loadAll([], { from: list });
    expect(errors).toEqual([]);
    expect(sources).toEqual([path.join(dir, 'lists', 'x.html'), `${s.url}/u`].sort());
  });

  it('yields NOT_FOUND for a missing --from file, a missing path, and goes on', async () => {
    await write('ok.txt', 'ok');
    const missingList = path.join(dir, 'nope.txt');
    const { docs, errors } = await loadAll(['ok.txt', 'absent.html'], { from: missingList });
    expect(docs.map((d) => d.source)).toEqual(['ok.txt']);
    expect(errors.map((e) => [e.code, e.input])).toEqual([
      ['NOT_FOUND', missingList], // absolute: sorts first
      ['NOT_FOUND', 'absent.html'],
    ]);
  });

  it('refuses binary files, oversized files and unreadable files', async () => {
    await write('doc.html', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
    await write('nul.txt', Buffer.from('abc\0\0\0def'));
    await write('big.txt', 'x'.repeat(5000));
    const locked = await write('locked.txt', 'secret');
    await chmod(locked, 0o000);
    const { errors } = await loadAll(['doc.html', 'nul.txt', 'big.txt', 'locked.txt'], {
      http: { maxBytes: 1000 },
    });
    const codes = Object.fromEntries(errors.map((e) => [e.input, e.code]));
    expect(codes['doc.html']).toBe('UNSUPPORTED_TYPE'); // a known format, as over HTTP
    expect(errors.find((e) => e.input === 'doc.html')?.message).toContain('application/pdf');
    expect(codes['nul.txt']).toBe('BINARY');
    expect(codes['big.txt']).toBe('TOO_LARGE');
    // root can read anything; elsewhere the file is unreadable
    if (process.getuid?.() !== 0) expect(codes['locked.txt']).toBe('READ_FAILED');
  });

  it('processes duplicated inputs once', async () => {
    const s = await serve({ '/a': html('<p>a</p>') });
    const file = await write('a.html', '<p>a</p>');
    const { docs } = await loadAll([
      `${s.url}/a`,
      `${s.url}/a#section`,
      'a.html',
      './a.html',
      file,
      pathToFileURL(file).href,
    ]);
    expect(docs).toHaveLength(2);
    expect(s.requests).toHaveLength(1);
  });
});

describe('loadInputs: HTTP and feeds', () => {
  const rss = (base: string) => `<?xml version="1.0"?><rss version="2.0"><channel>
    <item><link>${base}/art/1</link></item>
    <item><link>/art/2</link></item>
    <item><link>art/missing</link></item>
  </channel></rss>`;

  it('expands an RSS feed URL and fetches its items, naming errors by item link', async () => {
    const s = await serve({
      '/feed': (_q, r, srv) =>
        send(r, 200, rss(srv.url), { 'Content-Type': 'application/rss+xml' }),
      '/art/1': html('<p>1</p>'),
      '/art/2': html('<p>2</p>'),
    });
    const { sources, errors } = await loadAll([`${s.url}/feed`]);
    expect(sources).toEqual([`${s.url}/art/1`, `${s.url}/art/2`]);
    expect(errors.map((e) => [e.code, e.input])).toEqual([['GONE', `${s.url}/art/missing`]]);
  });

  it('expands an Atom feed served as XML, and a feed file with absolute links', async () => {
    const s = await serve({
      '/atom': (_q, r) =>
        send(
          r,
          200,
          `<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="alternate" href="/x"/></entry></feed>`,
          { 'Content-Type': 'application/xml' },
        ),
      '/x': html('<p>x</p>'),
      '/y': html('<p>y</p>'),
    });
    await write(
      'local-feed.xml',
      `<rss><channel><item><link>${s.url}/y</link></item></channel></rss>`,
    );
    const { sources, errors } = await loadAll([`${s.url}/atom`, 'local-feed.xml']);
    expect(errors).toEqual([]);
    expect(sources).toEqual([`${s.url}/x`, `${s.url}/y`]);
  });

  it('resolves relative links of a feed file against the file', async () => {
    await write(
      'feeds/site.rss',
      '<rss><channel><item><link>pages/p.html</link></item></channel></rss>',
    );
    const page = await write('feeds/pages/p.html', '<p>p</p>');
    const { docs, errors } = await loadAll(['feeds/site.rss']);
    expect(errors).toEqual([]);
    expect(docs.map((d) => d.url)).toEqual([pathToFileURL(page).href]);
  });

  it('keeps going when one input of a mixed batch fails', async () => {
    const port = await closedPort();
    const s = await serve({
      '/ok': html('<p>ok</p>'),
      '/pdf': (_q, r) => send(r, 200, '%PDF', { 'Content-Type': 'application/pdf' }),
    });
    await write('local.txt', 'texte');
    const dead = `http://127.0.0.1:${port}/x`;
    const { sources, errors } = await loadAll(
      [`${s.url}/ok`, `${s.url}/pdf`, dead, 'local.txt', 'missing.txt', 'gopher://x.example/'],
      { http: { retryBaseMs: 5, retries: 1 } },
    );
    expect(sources).toEqual([`${s.url}/ok`, 'local.txt']);
    expect(Object.fromEntries(errors.map((e) => [e.input, `${e.code} ${e.stage}`]))).toEqual({
      'gopher://x.example/': 'USAGE input',
      [dead]: 'UNREACHABLE fetch',
      [`${s.url}/pdf`]: 'UNSUPPORTED_TYPE fetch',
      'missing.txt': 'NOT_FOUND input',
    });
  });

  it('fetches concurrently but at most 2 at a time per host and 3 in all', async () => {
    const slow = async (_q: unknown, r: Parameters<typeof send>[0]) => {
      await delay(40);
      send(r, 200, '<p>x</p>', { 'Content-Type': 'text/html' });
    };
    const a = await serve(slow);
    const b = await serve(slow);
    const urls = [1, 2, 3, 4, 5, 6].flatMap((i) => [`${a.url}/${i}`, `${b.url}/${i}`]);
    const { docs } = await loadAll(urls, { perHostLimit: 2, globalLimit: 3 });
    expect(docs).toHaveLength(12);
    expect(a.maxInFlight).toBe(2);
    expect(b.maxInFlight).toBeLessThanOrEqual(2);
    expect(a.maxInFlight + b.maxInFlight).toBeGreaterThanOrEqual(3);
  });

  it('uses the default per-host limit of 2', async () => {
    const s = await serve(async (_q, r) => {
      await delay(30);
      send(r, 200, 'x', { 'Content-Type': 'text/plain' });
    });
    await loadAll([1, 2, 3, 4, 5].map((i) => `${s.url}/${i}`));
    expect(s.maxInFlight).toBe(2);
  });

  it('cancels what is in flight when the consumer stops early', async () => {
    const s = await serve(async (req, r) => {
      // Long enough that only cancellation explains an early return, even on a loaded machine.
      if (req.url !== '/fast') await delay(5000);
      send(r, 200, '<p>x</p>', { 'Content-Type': 'text/html' });
    });
    const started = Date.now();
    for await (const item of loadInputs([`${s.url}/fast`, `${s.url}/slow1`, `${s.url}/slow2`], {
      perHostLimit: 3,
    })) {
      expect(item).not.toBeInstanceOf(VeilleError);
      break;
    }
    expect(Date.now() - started).toBeLessThan(2500);
    await delay(50); // let the aborted fetches settle: no unhandled rejection may surface
  });

  it('stops fetching ahead of a slow consumer: at most the global limit plus READ_AHEAD pages wait', async () => {
    const s = await serve((_q, r) => send(r, 200, '<p>x</p>', { 'Content-Type': 'text/html' }));
    const urls = Array.from({ length: 60 }, (_, i) => `${s.url}/${i}`);
    const globalLimit = 4;
    let taken = 0;
    for await (const item of loadInputs(urls, { globalLimit, perHostLimit: globalLimit })) {
      expect(item).not.toBeInstanceOf(VeilleError);
      taken += 1;
      if (taken === 3) {
        await delay(300); // a slow consumer: the loader must wait for it, not fetch all 60
        expect(s.requests.length).toBeLessThanOrEqual(taken + globalLimit + READ_AHEAD);
      }
    }
    expect(taken).toBe(60); // and it still delivers everything once the consumer goes on
    expect(s.requests).toHaveLength(60);
  });

  it('asks recall before fetching any URL, feed links included, and yields what it returns', async () => {
    const s = await serve((req, r) => {
      if (req.url === '/feed.xml') {
        const items = ['a', 'b']
          .map((n) => `<item><title>${n}</title><link>${s.url}/${n}</link></item>`)
          .join('');
        send(r, 200, `<?xml version="1.0"?><rss version="2.0"><channel>${items}</channel></rss>`, {
          'Content-Type': 'application/rss+xml',
        });
      } else send(r, 200, '<p>x</p>', { 'Content-Type': 'text/html' });
    });
    const stored = { source: `${s.url}/a` } as ExtractResult;
    const fetchedAt = new Date('2026-11-22T06:00:00Z');
    const asked: string[] = [];
    const got: string[] = [];
    for await (const item of loadInputs([`${s.url}/feed.xml`], {
      recall: (url) => {
        asked.push(url);
        return url.endsWith('/a') ? { extract: stored, fetchedAt } : null;
      },
    })) {
      if (item instanceof VeilleError) throw item;
      got.push('extract' in item ? `stored ${item.extract.source}` : `fetched ${item.source}`);
    }
    expect(asked.sort()).toEqual([`${s.url}/a`, `${s.url}/b`, `${s.url}/feed.xml`]);
    expect(got.sort()).toEqual([`fetched ${s.url}/b`, `stored ${s.url}/a`]);
    expect(s.hits('/a')).toHaveLength(0);
  });
});

describe('loadInputs: order', () => {
  /** Every source and failed input, in the order yielded. */
  async function order(inputs: string[], options: Omit<LoadOptions, 'recall'> = {}) {
    const seen: string[] = [];
    for await (const item of loadInputs(inputs, {
      cwd: dir,
      http: { retryBaseMs: 5 },
      ...options,
    })) {
      seen.push(item instanceof VeilleError ? `error ${String(item.input)}` : item.source);
    }
    return seen;
  }

  it('yields in input order when the first pages are the slowest', async () => {
    const s = await serve(async (req, r) => {
      const n = Number(req.url?.slice(1));
      await delay((7 - n) * 15);
      send(r, 200, `<p>${n}</p>`, { 'Content-Type': 'text/html' });
    });
    const urls = [1, 2, 3, 4, 5, 6].map((i) => `${s.url}/${i}`);
    expect(await order(urls, { perHostLimit: 6 })).toEqual(urls);
  });

  it('puts a folder’s files, a feed’s links and errors where the folder, feed or input was named', async () => {
    const s = await serve(async (req, r) => {
      if (req.url === '/feed') {
        send(
          r,
          200,
          `<?xml version="1.0"?><rss version="2.0"><channel><item><link>/slow</link></item><item><link>/fast</link></item></channel></rss>`,
          { 'Content-Type': 'application/rss+xml' },
        );
        return;
      }
      await delay(req.url === '/slow' ? 60 : 0);
      send(r, 200, '<p>x</p>', { 'Content-Type': 'text/html' });
    });
    const first = await write('first.txt', 'premier');
    await write('folder/b.txt', 'b');
    await write('folder/a.txt', 'a');
    const last = await write('last.txt', 'dernier');
    const folder = path.join(dir, 'folder');
    expect(
      await order([first, `${s.url}/feed`, folder, 'missing.txt', last], { perHostLimit: 4 }),
    ).toEqual([
      first,
      `${s.url}/slow`,
      `${s.url}/fast`,
      path.join(folder, 'a.txt'),
      path.join(folder, 'b.txt'),
      'error missing.txt',
      last,
    ]);
  });

  it('yields in completion order with ordered: false', async () => {
    const s = await serve(async (req, r) => {
      await delay(req.url === '/1' ? 80 : 0);
      send(r, 200, 'x', { 'Content-Type': 'text/plain' });
    });
    const urls = [`${s.url}/1`, `${s.url}/2`];
    expect(await order(urls, { ordered: false })).toEqual([urls[1], urls[0]]);
  });
});

describe('loadInputs: plan', () => {
  it('knows how many files a folder holds before they are all read', async () => {
    const files = await Promise.all([1, 2, 3, 4, 5].map((i) => write(`many/${i}.txt`, `${i}`)));
    const plans: { inputs: number; settled: boolean }[] = [];
    const seen: string[] = [];
    for await (const item of loadInputs([path.join(dir, 'many'), files[0]!], {
      cwd: dir,
      onPlan: (plan) => plans.push(plan),
    })) {
      seen.push(item instanceof VeilleError ? 'error' : item.source);
      break; // the first result: the others are not all taken
    }
    expect(seen).toHaveLength(1);
    // The folder's 5 files, plus the named file counted once (it is also in the folder).
    expect(plans.at(-1)).toEqual({ inputs: 5, settled: true });
  });

  it('is not settled while a URL, which may be a feed, is not fetched', async () => {
    const s = await serve(async (_q, r) => {
      await delay(30);
      send(r, 200, '<p>x</p>', { 'Content-Type': 'text/html' });
    });
    const plans: { inputs: number; settled: boolean }[] = [];
    const file = await write('one.txt', 'un');
    for await (const _ of loadInputs([file, `${s.url}/a`], {
      cwd: dir,
      onPlan: (p) => plans.push(p),
    })) {
      // drain
    }
    expect(plans[0]).toEqual({ inputs: 1, settled: false });
    expect(plans.at(-1)).toEqual({ inputs: 2, settled: true });
  });
});
