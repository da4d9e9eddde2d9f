/**
 * Ctrl-C on a real `veille summarize` child: one line saying how many articles were saved and
 * that a re-run resumes, exit 130, and the saved count is what the store holds.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoResponder, startFakeOpenAi, type FakeOpenAi } from './helpers/fake-openai.js';
import { writeArticles } from './helpers/articles.js';

const ROOT = resolve(import.meta.dirname, '..');
const LATENCY_MS = 150;

let dir: string;
let fake: FakeOpenAi;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'veille-interrupt-'));
  fake = await startFakeOpenAi();
  fake.respond = (body) => {
    const answer = echoResponder(body);
    return answer.kind === 'content' ? { ...answer, delayMs: LATENCY_MS } : answer;
  };
});

afterAll(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

interface ChildRun {
  stdout: string;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Runs the CLI in a child; sends SIGINT once `after` results are out. */
function interruptChild(args: string[], env: NodeJS.ProcessEnv, after: number): Promise<ChildRun> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, ...env },
    });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      if (!sent && stdout.split('\n').length - 1 >= after) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => done({ stdout, stderr, code, signal }));
  });
}

describe('veille summarize interrupted with Ctrl-C', () => {
  it('prints one line with the saved count and that a re-run resumes, and exits 130', async () => {
    const files = writeArticles(join(dir, 'articles'), 20);
    const db = join(dir, 'veille.db');
    const env: NodeJS.ProcessEnv = {
      OPENAI_BASE_URL: fake.baseUrl,
      VEILLE_MODEL: 'test-model',
      XDG_CONFIG_HOME: join(dir, 'config'),
      XDG_DATA_HOME: join(dir, 'data'),
    };
    const run = await interruptChild(['summarize', '--db', db, '-c', '2', ...files], env, 3);
    expect(run.code, run.stderr).toBe(130);
    const last = run.stderr.trimEnd().split('\n').at(-1)!;
    const match =
      /^interrupted: (\d+) articles? saved in (.+); run the same command again to resume$/.exec(
        last,
      );
    expect(match, run.stderr).not.toBeNull();
    const database = new Database(db, { readonly: true });
    const stored = (database.prepare('SELECT count(*) AS n FROM analyses').get() as { n: number })
      .n;
    database.close();
    expect(Number(match![1])).toBe(stored);
    expect(stored).toBeLessThan(20);
    expect(run.stderr).not.toMatch(/error \[/);
  }, 60_000);
});
