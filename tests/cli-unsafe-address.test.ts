/**
 * A feed on the public web that links a name resolving to a private address (here `evil.example`
 * → 127.0.0.1, through an injected resolver) gets that one link refused when connecting, in one
 * UNSAFE_LINK line naming it, while the rest of the batch completes: for `extract` on a feed and
 * for the links `veille run` finds in its sources (src/fetch/connect-guard.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPERMICRO_PARAGRAPHS } from './helpers/fake-openai.js';
import { send, startServer, type Handler, type TestServer } from './helpers/http-server.js';
import { resolver } from './helpers/resolver.js';
import { runCli } from './helpers/run-cli.js';

const page: Handler = (_q, r) =>
  send(
    r,
    200,
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Supermicro</title></head>
<body><article><h1>Supermicro</h1>${SUPERMICRO_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}
</article></body></html>`,
    { 'Content-Type': 'text/html; charset=utf-8' },
  );

const rss = (links: string[]): Handler => {
  const items = links.map((l) => `<item><title>t</title><link>${l}</link></item>`).join('');
  return (_q, r) =>
    send(r, 200, `<?xml version="1.0"?><rss version="2.0"><channel>${items}</channel></rss>`, {
      'Content-Type': 'application/rss+xml; charset=utf-8',
    });
};

let dir: string;
let server: TestServer;
/** news.example stands for a news site on the public web; evil.example is a DNS trap. */
const names = resolver({ 'news.example': ['127.0.0.1'], 'evil.example': ['127.0.0.1'] });
let evil: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-unsafe-'));
  server = await startServer({
    '/news.xml': (q, r, s) => rss([`http://evil.example:${s.port}/secret.html`])(q, r, s),
    '/local.xml': (q, r, s) => rss([`${s.url}/article.html`])(q, r, s),
    '/article.html': page,
    '/page.html': page,
    '/secret.html': page,
  });
  evil = `http://evil.example:${server.port}/secret.html`;
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const refusal = (): string =>
  `error [UNSAFE_LINK] ${evil}: link refused: evil.example is at 127.0.0.1, a loopback address, in another network than the content naming it`;
const errorLines = (stderr: string): string[] =>
  stderr.split('\n').filter((l) => l.startsWith('error '));

describe('a public feed linking a name that resolves to loopback', () => {
  it('extract: refuses that link in one line and extracts the other input', async () => {
    server.requests.length = 0;
    const { code, stdout, stderr } = await runCli(
      [
        'extract',
        `http://news.example:${server.port}/news.xml`,
        `http://news.example:${server.port}/page.html`,
      ],
      { lookup: names.lookup },
    );
    expect(errorLines(stderr)).toEqual([refusal()]);
    expect(stdout).toContain(SUPERMICRO_PARAGRAPHS[0]);
    expect(code).toBe(1);
    expect(server.hits('/secret.html')).toEqual([]);
  });

  it('run: refuses that link of one source, and analyses the other source’s article', async () => {
    server.requests.length = 0;
    const db = path.join(mkdtempSync(path.join(dir, 'data-')), 'veille.db');
    const env = { XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir };
    const cli = (...argv: string[]) =>
      runCli([...argv, '--db', db], { env, cwd: dir, lookup: names.lookup });
    expect((await cli('sources', 'add', `http://news.example:${server.port}/news.xml`)).code).toBe(
      0,
    );
    expect((await cli('sources', 'add', `${server.url}/local.xml`)).code).toBe(0);
    const { stderr } = await cli('run', '--engine', 'rules');
    expect(errorLines(stderr)).toEqual([refusal()]);
    expect(stderr).toMatch(/2 new articles: 1 done, 1 failed/);
    expect(server.hits('/article.html')).toHaveLength(1);
    expect(server.hits('/secret.html')).toEqual([]);
  });
});
