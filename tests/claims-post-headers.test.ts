/**
 * `claims --post` says who it is (a veille User-Agent) and takes its auth headers from the
 * environment (VEILLE_POST_HEADERS) or the config file (`postHeaders`), never from argv; their
 * values never reach stderr.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/index.js';
import { allFixtures } from './helpers/analysis-fixtures.js';
import { readClaimIds, send, startServer, type TestServer } from './helpers/http-server.js';
import { runCli } from './helpers/run-cli.js';

const PERIOD = ['--since', '2018-10-04T00:00Z', '--until', '2018-10-06T00:00Z'];
const TOKEN = 'Bearer tracker-SECRET-0123456789';

let dir: string;
let db: string;
let server: TestServer;
let url: string;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-post-headers-'));
  db = path.join(dir, 'veille.db');
  const store = openStore(db);
  for (const f of allFixtures()) store.saveArticleAnalysis(f.extract, f.analysis);
  store.close();
  server = await startServer({
    '/claims': async (req, res) => {
      await readClaimIds(req);
      // Only the right token is accepted; the answer echoes nothing of it.
      send(res, req.headers.authorization === TOKEN ? 200 : 401, '{}');
    },
  });
  url = `${server.url}/claims`;
});
afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const base = (): NodeJS.ProcessEnv => ({ XDG_CONFIG_HOME: path.join(dir, 'xdg') });

describe('claims --post headers', () => {
  it('sends a veille User-Agent', async () => {
    await runCli(['claims', '--db', db, '--post', url, ...PERIOD], { env: base(), cwd: dir });
    expect(server.hits('/claims')[0]!.headers['user-agent']).toMatch(/^veille\//);
  });

  it('takes auth headers from VEILLE_POST_HEADERS, and never prints them', async () => {
    const env = { ...base(), VEILLE_POST_HEADERS: JSON.stringify({ Authorization: TOKEN }) };
    const r = await runCli(['claims', '--db', db, '--post', url, ...PERIOD], { env, cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(server.hits('/claims')[0]!.headers.authorization).toBe(TOKEN);
    expect(r.stderr).not.toContain('SECRET');
  });

  it('takes them from the config file too', async () => {
    mkdirSync(path.join(dir, 'xdg', 'veille'), { recursive: true });
    writeFileSync(
      path.join(dir, 'xdg', 'veille', 'config.json'),
      JSON.stringify({ postHeaders: { Authorization: TOKEN } }),
    );
    const r = await runCli(['claims', '--db', db, '--post', url, ...PERIOD], {
      env: base(),
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(server.hits('/claims')[0]!.headers.authorization).toBe(TOKEN);
  });

  it('refuses a VEILLE_POST_HEADERS that is not a JSON object of strings, without echoing it', async () => {
    const env = { ...base(), VEILLE_POST_HEADERS: `Authorization: ${TOKEN}` };
    const r = await runCli(['claims', '--db', db, '--post', url, ...PERIOD], { env, cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error \[CONFIG\] VEILLE_POST_HEADERS: expected a JSON object/);
    expect(r.stderr).not.toContain('SECRET');
    expect(server.hits('/claims')).toHaveLength(0);
  });
});
