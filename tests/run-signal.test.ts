/**
 * `veille run` in a real child process stopped by SIGINT/SIGTERM: the model calls in flight
 * finish and are stored, the closing line is printed, and the process exits 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoResponder, startFakeOpenAi, type FakeOpenAi } from './helpers/fake-openai.js';
import { send, startServer, type TestServer } from './helpers/http-server.js';
import { runCli } from './helpers/run-cli.js';

const ROOT = resolve(import.meta.dirname, '..');
const ARTICLES = 6;
/** Long enough that the signal, sent once a call is seen, arrives while the call is out. */
const MODEL_LATENCY_MS = 1_500;

let dir: string;
let fake: FakeOpenAi;
let server: TestServer;

const article = (i: number): string => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Conseil municipal ${i}</title></head><body><article><h1>Conseil municipal ${i}</h1>
<p>Le maire de la commune numéro ${i} a annoncé jeudi un plan de rénovation des écoles, selon un communiqué publié par la mairie.</p>
<p>« Nous investirons ${i} millions d’euros d’ici deux ans », a déclaré l’adjoint chargé des finances lors de la séance.</p>
<p>L’opposition conteste ce chiffre et affirme que le budget de la ville ne permet pas un tel effort.</p>
</article></body></html>`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'veille-run-signal-'));
  fake = await startFakeOpenAi();
  fake.respond = (body) => {
    const answer = echoResponder(body);
    return answer.kind === 'content' ? { ...answer, delayMs: MODEL_LATENCY_MS } : answer;
  };
  server = await startServer((req, res, s) => {
    const path = req.url ?? '/';
    const match = /^\/a(\d+)\.html$/.exec(path);
    if (match) return send(res, 200, article(Number(match[1])), { 'Content-Type': 'text/html' });
    if (path !== '/feed.xml') return send(res, 404);
    // The feed never changes: a run that did not finish it must not take its 304 as "all done".
    if (req.headers['if-none-match'] === '"v1"') return send(res, 304);
    const items = Array.from(
      { length: ARTICLES },
      (_, i) => `<item><link>${s.url}/a${i + 1}.html</link></item>`,
    ).join('');
    send(res, 200, `<?xml version="1.0"?><rss version="2.0"><channel>${items}</channel></rss>`, {
      'Content-Type': 'application/rss+xml',
      ETag: '"v1"',
    });
  });
});
afterAll(async () => {
  await server.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Child {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startRun(args: string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'run', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...env },
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('close', (code, signal) => done({ code, signal })),
  );
  return { child, stderr: () => stderr, exited };
}

/** Resolves once `check` holds, polling; the test's own timeout bounds the wait. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 20));
}

const count = (db: string, sql: string): number => {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare(sql).get() as { n: number }).n;
  } finally {
    conn.close();
  }
};

describe('veille run stopped by a signal', () => {
  it('SIGINT mid-cycle: the model calls in flight finish and are stored, then exit 0', async () => {
    const db = join(dir, 'sigint.db');
    const env = {
      OPENAI_BASE_URL: fake.baseUrl,
      VEILLE_MODEL: 'test-model',
      XDG_CONFIG_HOME: join(dir, 'config'),
      XDG_DATA_HOME: join(dir, 'data'),
    };
    expect(
      (await runCli(['sources', 'add', `${server.url}/feed.xml`, '--db', db], { env })).code,
    ).toBe(0);
    const calls = fake.chats().length;
    const run = startRun(['--db', db, '--concurrency', '1', '--every', '1h'], env);
    await until(() => fake.chats().length > calls);
    run.child.kill('SIGINT');
    const { code, signal } = await run.exited;
    expect(signal, run.stderr()).toBeNull();
    expect(code, run.stderr()).toBe(0);
    const made = fake.chats().length - calls;
    const stored = count(db, 'SELECT count(*) AS n FROM analyses');
    expect(stored).toBeGreaterThanOrEqual(1);
    expect(stored).toBe(made); // every call started was finished and saved
    expect(stored).toBeLessThan(ARTICLES);
    const last = run.stderr().trim().split('\n').at(-1);
    expect(last).toMatch(/, interrupted: \d+ done, 0 failed/);

    // The next run fetches the feed in full again and analyses only the articles left.
    const rest = await runCli(['run', '--db', db, '--concurrency', '4'], { env });
    expect(rest.code, rest.stderr).toBe(0);
    expect(fake.chats().length - calls).toBe(ARTICLES);
    expect(count(db, 'SELECT count(*) AS n FROM analyses')).toBe(ARTICLES);
  }, 60_000);

  it('SIGTERM between two --every cycles exits 0 at once', async () => {
    const db = join(dir, 'sigterm.db');
    const env = { XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data') };
    expect(
      (await runCli(['sources', 'add', `${server.url}/feed.xml`, '--db', db], { env })).code,
    ).toBe(0);
    const run = startRun(['--db', db, '--engine', 'rules', '--every', '1h'], env);
    await until(() => /\n1 source .*\n$/.test(run.stderr()));
    run.child.kill('SIGTERM');
    const { code } = await run.exited;
    expect(code, run.stderr()).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM analyses')).toBe(ARTICLES);
    expect(run.stderr().match(/^1 source /gm)).toHaveLength(1);
  }, 60_000);
});
