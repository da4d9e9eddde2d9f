/**
 * `veille sources` and `veille run` end to end (issue 12), on loopback: feeds and articles served
 * by a local node:http server, sources imported from OPML, the rules engine (no model).
 */
import type http from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SUPERMICRO_PARAGRAPHS } from './helpers/fake-openai.js';
import { send, startServer, type TestServer } from './helpers/http-server.js';
import { runCli } from './helpers/run-cli.js';

const page = (title: string): string => `<!doctype html><html lang="fr">
<head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>
<p>${title} : le point sur l'enquête, publié ce matin par notre rédaction à Paris.</p>
${SUPERMICRO_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;

/** Articles listed by each feed; a test may add items to a feed, which changes its ETag. */
const feeds: Record<string, string[]> = {};
/** Feeds answered 304 Not Modified. */
let notModified = 0;

function rss(name: string, base: string): string {
  const items = (feeds[name] ?? [])
    .map((a) => `<item><title>${a}</title><link>${base}/articles/${a}.html</link></item>`)
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${name}</title>${items}</channel></rss>`;
}

/** A feed that honours conditional GET: its ETag is its item list; Last-Modified is fixed. */
function feedRoute(name: string) {
  return (req: http.IncomingMessage, res: http.ServerResponse, server: TestServer): void => {
    const etag = `"${name}-${(feeds[name] ?? []).join('+')}"`;
    const modified = 'Mon, 30 Nov 2026 06:00:00 GMT';
    if (req.headers['if-none-match'] === etag) {
      notModified += 1;
      return send(res, 304, '', { ETag: etag });
    }
    send(res, 200, rss(name, server.url), {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      ETag: etag,
      'Last-Modified': modified,
    });
  };
}

let dir: string;
let server: TestServer;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-run-'));
  const routes: Record<
    string,
    (req: http.IncomingMessage, res: http.ServerResponse, s: TestServer) => void
  > = {
    '/gone.xml': (_req, res) => send(res, 404, 'not found'),
  };
  for (const name of ['alpha', 'beta', 'gamma']) routes[`/${name}.xml`] = feedRoute(name);
  server = await startServer((req, res, s) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const article = /^\/articles\/([a-z0-9-]+)\.html$/.exec(pathname);
    if (article?.[1]?.startsWith('gone-')) return send(res, 404, 'not found');
    if (article) {
      return send(res, 200, page(`Article ${article[1]}`), {
        'Content-Type': 'text/html; charset=utf-8',
      });
    }
    const route = routes[pathname];
    if (route) return route(req, res, s);
    send(res, 404, 'not found');
  });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  db = path.join(mkdtempSync(path.join(dir, 'data-')), 'veille.db');
  feeds['alpha'] = ['a1', 'a2'];
  feeds['beta'] = ['b1', 'b2'];
  feeds['gamma'] = ['g1', 'shared'];
  server.requests.length = 0;
  notModified = 0;
});

const env = (): NodeJS.ProcessEnv => ({ XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir });
const cli = (...argv: string[]) => runCli([...argv, '--db', db], { env: env(), cwd: dir });

function writeOpml(outlines: string): string {
  const file = path.join(dir, `subs-${Math.random().toString(36).slice(2)}.opml`);
  writeFileSync(
    file,
    `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>${outlines}</body></opml>`,
  );
  return file;
}

const threeFeeds = (): string =>
  writeOpml(`<outline text="Cyber">
      <outline text="Alpha" type="rss" xmlUrl="${server.url}/alpha.xml"/>
      <outline text="Beta" type="rss" xmlUrl="${server.url}/beta.xml"/>
    </outline>
    <outline text="Gamma" type="rss" xmlUrl="${server.url}/gamma.xml" category="eco"/>`);

const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');
const articleHits = (): string[] =>
  server.requests.filter((r) => r.path.startsWith('/articles/')).map((r) => r.path);

function query<T>(sql: string): T[] {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare(sql).all() as T[];
  } finally {
    conn.close();
  }
}

describe('veille run over sources imported from OPML', () => {
  it('analyses every new article once; an unchanged feed then costs one 304 and nothing new', async () => {
    const imported = await cli('sources', 'import', threeFeeds());
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('imported 3 sources');

    const first = await cli('run', '--engine', 'rules');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(articleHits().sort()).toEqual(
      ['a1', 'a2', 'b1', 'b2', 'g1', 'shared'].map((a) => `/articles/${a}.html`),
    );
    const firstLines = lines(first.stderr);
    expect(firstLines.at(-1)).toMatch(
      /^3 sources \(3 changed, 0 unchanged, 0 failed\), 6 new articles: 6 done, 0 failed/,
    );
    expect(firstLines).toHaveLength(7); // one `ok` line per article, then the closing line

    server.requests.length = 0;
    const second = await cli('run', '--engine', 'rules');
    expect(second.code).toBe(0);
    const feedRequests = server.requests.filter((r) => r.path.endsWith('.xml'));
    expect(feedRequests).toHaveLength(3);
    for (const request of feedRequests) {
      expect(request.headers['if-none-match']).toMatch(/^"/);
      expect(request.headers['if-modified-since']).toBe('Mon, 30 Nov 2026 06:00:00 GMT');
    }
    expect(notModified).toBe(3);
    expect(articleHits()).toEqual([]);
    expect(lines(second.stderr)).toEqual([
      expect.stringMatching(
        /^3 sources \(0 changed, 3 unchanged, 0 failed\), 0 new articles: 0 done, 0 failed/,
      ),
    ]);
    expect(query<{ n: number }>('SELECT count(*) AS n FROM analyses')[0]?.n).toBe(6);
  });

  it('fetches only the articles a changed feed adds, and links articles to every source that lists them', async () => {
    await cli('sources', 'import', threeFeeds());
    await cli('run', '--engine', 'rules');
    feeds['beta'] = ['b1', 'b2', 'b3', 'shared'];
    server.requests.length = 0;
    const again = await cli('run', '--engine', 'rules');
    expect(again.code).toBe(0);
    expect(articleHits()).toEqual(['/articles/b3.html']);
    expect(lines(again.stderr).at(-1)).toMatch(
      /^3 sources \(1 changed, 2 unchanged, 0 failed\), 1 new article: 1 done/,
    );
    const shared = query<{ name: string }>(
      `SELECT s.name FROM source_articles l JOIN sources s ON s.id = l.source_id
         JOIN articles a ON a.id = l.article_id WHERE a.url LIKE '%/shared.html' ORDER BY s.name`,
    );
    expect(shared.map((r) => r.name)).toEqual(['Beta', 'Gamma']);
    const byTag = query<{ tag: string; n: number }>(
      `SELECT t.tag, count(DISTINCT l.article_id) AS n FROM source_tags t
         JOIN source_articles l USING (source_id) GROUP BY t.tag ORDER BY t.tag`,
    );
    expect(byTag).toEqual([
      { tag: 'Cyber', n: 6 },
      { tag: 'eco', n: 2 },
    ]);
  });

  it('stops fetching an article link after it failed 3 runs', async () => {
    feeds['alpha'] = ['a1', 'gone-1'];
    await cli('sources', 'add', `${server.url}/alpha.xml`);
    for (let run = 1; run <= 4; run++) await cli('run', '--engine', 'rules');
    expect(articleHits()).toEqual([
      '/articles/a1.html',
      '/articles/gone-1.html',
      '/articles/gone-1.html',
      '/articles/gone-1.html',
    ]);
  });

  it('runs only the sources of a tag', async () => {
    await cli('sources', 'import', threeFeeds());
    const run = await cli('run', '--engine', 'rules', '--tag', 'eco');
    expect(run.code).toBe(0);
    expect(server.requests.filter((r) => r.path.endsWith('.xml')).map((r) => r.path)).toEqual([
      '/gamma.xml',
    ]);
  });

  it('reports a source failing 5 runs in a row in `sources list`', async () => {
    await cli('sources', 'add', `${server.url}/alpha.xml`, '--name', 'Alpha', '--tag', 'cyber');
    await cli('sources', 'add', `${server.url}/gone.xml`, '--name', 'Gone');
    for (let run = 1; run <= 5; run++) {
      const result = await cli('run', '--engine', 'rules');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`error [GONE] ${server.url}/gone.xml: server answered 404`);
    }
    const list = await cli('sources', 'list');
    expect(list.code).toBe(0);
    const [alpha, gone] = lines(list.stdout);
    expect(alpha).toMatch(
      /^#1 Alpha http:\/\/127\.0\.0\.1:\d+\/alpha\.xml \[cyber\] · feed · 2 articles in 7 days · fetched .* · ok$/,
    );
    expect(gone).toMatch(/^#2 Gone .* · FAILING 5 runs in a row: \[GONE\] server answered 404/);
  });
});

describe('veille sources', () => {
  it('imports the same 200-source OPML file twice to the same sources', async () => {
    const outlines = Array.from(
      { length: 200 },
      (_, i) =>
        `<outline text="Feed ${i}" xmlUrl="https://feeds${i % 7}.exemple.fr/rss/${i}.xml" category="t${i % 3}"/>`,
    ).join('');
    const file = writeOpml(`<outline text="All">${outlines}</outline>`);
    const first = await cli('sources', 'import', file);
    expect(first.stderr).toBe(
      'imported 200 sources from ' + file + ': 200 new, 0 already followed\n',
    );
    const listed = await cli('sources', 'list', '--format', 'json');
    const again = await cli('sources', 'import', file);
    expect(again.stderr).toContain(': 0 new, 200 already followed');
    expect((await cli('sources', 'list', '--format', 'json')).stdout).toBe(listed.stdout);
    expect(lines(listed.stdout)).toHaveLength(200);
  });

  it('bad OPML is one clear error and changes nothing', async () => {
    const file = path.join(dir, 'bad.opml');
    writeFileSync(file, '<opml version="2.0"><body><outline text="a"></body></opml>');
    const result = await cli('sources', 'import', file);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(
        /^error \[OPML_INVALID\] .*bad\.opml: not a readable OPML file: line 1: /,
      ),
    ]);
    expect(query<{ n: number }>('SELECT count(*) AS n FROM sources')[0]?.n).toBe(0);
  });

  it('refuses an OPML file over the 5 MB cap before parsing it', async () => {
    const file = path.join(dir, 'huge.opml');
    writeFileSync(file, `<opml version="2.0"><body>${' '.repeat(5 * 1024 * 1024)}</body></opml>`);
    const result = await cli('sources', 'import', file);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(/^error \[TOO_LARGE\] .*huge\.opml: /),
    ]);
  });

  it('exports OPML that imports back, and removes sources', async () => {
    await cli('sources', 'import', threeFeeds());
    const exported = await cli('sources', 'export');
    expect(exported.stdout).toContain(`xmlUrl="${server.url}/alpha.xml"`);
    expect(exported.stdout).toContain('category="Cyber"');
    expect((await cli('sources', 'remove', `${server.url}/beta.xml`)).code).toBe(0);
    expect((await cli('sources', 'remove', `${server.url}/beta.xml`)).code).toBe(1);
    expect(lines((await cli('sources', 'list')).stdout)).toHaveLength(2);
    const file = path.join(dir, 'exported.opml');
    writeFileSync(file, exported.stdout);
    expect((await cli('sources', 'import', file)).stderr).toContain('1 new, 2 already followed');
  });

  it('masks a private feed token in `sources list` and its confirmation, keeping it for export', async () => {
    const url = 'https://abonnes.exemple.fr/rss.xml?token=s3cr3t-abonne-42';
    const added = await cli('sources', 'add', url);
    expect(added.stderr).toBe('added source https://abonnes.exemple.fr/rss.xml?token=***\n');
    expect((await cli('sources', 'list')).stdout).not.toContain('s3cr3t');
    expect((await cli('sources', 'export')).stdout).toContain('s3cr3t-abonne-42');
  });

  it('refuses a source that is not http(s)', async () => {
    const result = await cli('sources', 'add', 'file:///etc/passwd');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error \[UNSAFE_LINK\] file:\/\/\/etc\/passwd: only http\(s\)/);
  });
});

describe('sources and run usage', () => {
  it('a subcommand usage error exits 2 in-process, as top-level commands do', async () => {
    const missing = await cli('sources', 'add');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing required argument 'url'");
    expect((await cli('sources', 'list', '--help')).code).toBe(0);
    expect((await cli('run', '--every', 'soon')).code).toBe(2);
    const tooOften = await cli('run', '--every', '10s');
    expect(tooOften.code).toBe(2);
    expect(tooOften.stderr).toContain('at least 1m');
  });
});
