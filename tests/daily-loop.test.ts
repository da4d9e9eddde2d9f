/**
 * The daily monitoring loop of issue 12, end to end on loopback: three feeds served by a local
 * node:http server (their articles are the samples), imported through OPML; `veille run` twice,
 * the second answered 304 by every feed and analysing nothing; the briefing mailed to a real SMTP
 * server on loopback and read there; `veille search` finding a denial by its claimant.
 */
import type http from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send, startServer, type TestServer } from './helpers/http-server.js';
import { runCli } from './helpers/run-cli.js';
import { PASSWORD, SMTP_USER, TLS, part, startSmtp, type Smtp } from './helpers/smtp.js';

const SAMPLES = path.join(import.meta.dirname, '..', 'samples');
/** Each feed lists two sample articles; sample 03 carries Huawei's denial. */
const FEEDS: Record<string, string[]> = {
  tech: ['01-tech-abonnes-supermicro', '02-wordpress-blog-microsoft'],
  cyber: ['03-disqus-huawei-ds7', '06-latin1-espionnage'],
  monde: ['09-le-monde-reactions', '12-english-microsoft-pentagon'],
};

let dir: string;
let db: string;
let server: TestServer;
let smtp: Smtp;
/** Conditional requests the feeds answered with 304. */
let notModified = 0;

function rss(name: string, base: string): string {
  const items = (FEEDS[name] ?? [])
    .map((a) => `<item><title>${a}</title><link>${base}/articles/${a}.html</link></item>`)
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${name}</title>${items}</channel></rss>`;
}

function route(req: http.IncomingMessage, res: http.ServerResponse, s: TestServer): void {
  const pathname = new URL(req.url ?? '/', 'http://x').pathname;
  const feed = /^\/feeds\/([a-z]+)\.xml$/.exec(pathname)?.[1];
  if (feed !== undefined && feed in FEEDS) {
    const etag = `"${feed}-v1"`;
    if (req.headers['if-none-match'] === etag) {
      notModified += 1;
      return send(res, 304, '', { ETag: etag });
    }
    return send(res, 200, rss(feed, s.url), {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      ETag: etag,
    });
  }
  const article = /^\/articles\/([a-z0-9-]+)\.html$/.exec(pathname)?.[1];
  if (article !== undefined && Object.values(FEEDS).flat().includes(article)) {
    // The page's bytes as saved: sample 06 is windows-1252 and says so in its <meta>.
    return send(res, 200, readFileSync(path.join(SAMPLES, `${article}.html`)), {
      'Content-Type': 'text/html',
    });
  }
  send(res, 404, 'not found');
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-daily-'));
  db = path.join(dir, 'veille.db');
  server = await startServer(route);
  smtp = await startSmtp();
});

afterAll(async () => {
  await server.close();
  await smtp.close();
  rmSync(dir, { recursive: true, force: true });
});

const env = (): NodeJS.ProcessEnv => ({
  XDG_CONFIG_HOME: path.join(dir, 'config'),
  XDG_DATA_HOME: dir,
  VEILLE_SMTP_HOST: '127.0.0.1',
  VEILLE_SMTP_PORT: String(smtp.port),
  VEILLE_SMTP_FROM: 'veille@example.org',
  VEILLE_SMTP_USER: SMTP_USER,
  VEILLE_SMTP_PASSWORD: PASSWORD,
  VEILLE_SMTP_CA: path.join(TLS, 'loopback.crt'),
});
const cli = (...argv: string[]) => runCli([...argv, '--db', db], { env: env(), cwd: dir });
const articleRequests = (): number =>
  server.requests.filter((r) => r.path.startsWith('/articles/')).length;

describe('the daily loop: OPML sources, two runs, a mailed briefing, search', () => {
  it('runs from import to a briefing read in the mailbox', async () => {
    const opml = path.join(dir, 'abonnements.opml');
    const outlines = Object.keys(FEEDS)
      .map((f) => `<outline text="${f}" type="rss" xmlUrl="${server.url}/feeds/${f}.xml"/>`)
      .join('');
    writeFileSync(
      opml,
      `<?xml version="1.0"?><opml version="2.0"><head><title>veille</title></head><body><outline text="Presse">${outlines}</outline></body></opml>`,
    );
    const imported = await cli('sources', 'import', opml);
    expect(imported.code, imported.stderr).toBe(0);

    const first = await cli('run', '--engine', 'rules');
    expect(first.code, first.stderr).toBe(0);
    expect(articleRequests()).toBe(6);
    // One line per article and the closing line: no warning replayed per article.
    const firstLines = first.stderr.split('\n').filter((l) => l !== '');
    expect(firstLines.filter((l) => l.startsWith('ok '))).toHaveLength(6);
    expect(firstLines.length, first.stderr).toBeLessThanOrEqual(6 + 2);

    const second = await cli('run', '--engine', 'rules');
    expect(second.code, second.stderr).toBe(0);
    expect(notModified).toBe(3);
    expect(articleRequests()).toBe(6); // nothing fetched again
    expect(second.stderr).not.toMatch(/^ok /m);

    const brief = await cli('brief', '--mail-to', 'desk@example.org');
    expect(brief.code, brief.stderr).toBe(0);
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail).toMatchObject({ to: ['desk@example.org'], secure: true });
    const html = part(mail.raw, 'text/html');
    const text = part(mail.raw, 'text/plain');
    // A dated title, the "In brief" list first, sources named by site, never "source N".
    const year = String(new Date().getFullYear());
    expect(mail.raw).toMatch(/^Subject: =\?UTF-8\?Q\?Morning_briefing/m);
    expect(text).toMatch(new RegExp(`^# .*${year}`, 'm'));
    expect(text.indexOf('In brief')).toBeGreaterThan(-1);
    expect(text.indexOf('In brief')).toBeLessThan(text.indexOf('Who says what'));
    expect(html).toContain('In brief');
    expect(text).not.toMatch(/source \d/i);
    expect(text).toContain('Octet Libre'); // sample 01's site name

    const search = await cli('search', '--claimant', 'huawei', '--stance', 'denies', '-f', 'jsonl');
    expect(search.code, search.stderr).toBe(0);
    const hits = search.stdout
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as { kind: string; claimant: string; stance: string; url: string });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit).toMatchObject({ kind: 'claim', stance: 'denies' });
      expect(hit.claimant).toMatch(/huawei/i);
    }
    expect(hits.map((h) => h.url)).toContain(`${server.url}/articles/03-disqus-huawei-ds7.html`);
  });
});
