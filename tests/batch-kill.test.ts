/**
 * A real `veille summarize` child process killed with SIGKILL mid-batch, then run again: every
 * article ends up analysed exactly once in the store, nothing is lost, and the second run calls
 * the model only for the articles the first run did not finish.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoResponder, startFakeOpenAi, type FakeOpenAi } from './helpers/fake-openai.js';

const ROOT = resolve(import.meta.dirname, '..');
const ARTICLES = 12;
const LATENCY_MS = 150;

let dir: string;
let fake: FakeOpenAi;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'veille-batch-kill-'));
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

function writeArticles(folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (let i = 1; i <= ARTICLES; i++) {
    const file = join(folder, `article-${String(i).padStart(2, '0')}.txt`);
    writeFileSync(
      file,
      `Conseil municipal numéro ${i}\n\n` +
        `Le maire de la commune numéro ${i} a annoncé jeudi un plan de rénovation des écoles, selon un communiqué publié par la mairie.\n\n` +
        `« Nous investirons ${i} millions d’euros d’ici deux ans », a déclaré l’adjoint chargé des finances lors de la séance.\n\n` +
        `L’opposition conteste ce chiffre et affirme que le budget de la ville ne permet pas un tel effort.\n`,
    );
    files.push(file);
  }
  return files;
}

interface ChildRun {
  lines: string[];
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Runs the CLI in a child process; with `killAfter`, SIGKILLs it once that many results are out. */
function runChild(args: string[], env: NodeJS.ProcessEnv, killAfter?: number): Promise<ChildRun> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, ...env },
    });
    let out = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const complete = out.split('\n').length - 1;
      if (killAfter !== undefined && complete >= killAfter) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const lines = out.split('\n').slice(0, -1);
      done({ lines, stderr, code, signal });
    });
  });
}

function count(db: string, sql: string): number {
  const database = new Database(db, { readonly: true });
  try {
    return (database.prepare(sql).get() as { n: number }).n;
  } finally {
    database.close();
  }
}

describe('veille summarize killed with SIGKILL mid-batch', () => {
  it('resumes without losing or duplicating analyses, calling the model only for the rest', async () => {
    const files = writeArticles(join(dir, 'articles'));
    const db = join(dir, 'veille.db');
    const env: NodeJS.ProcessEnv = {
      OPENAI_BASE_URL: fake.baseUrl,
      VEILLE_MODEL: 'test-model',
      XDG_CONFIG_HOME: join(dir, 'config'),
      XDG_DATA_HOME: join(dir, 'data'),
    };
    const args = ['summarize', '--db', db, '--concurrency', '3', ...files];

    const first = await runChild(args, env, 4);
    expect(first.signal, first.stderr).toBe('SIGKILL');
    const callsBefore = fake.chats().length;
    const stored = count(db, 'SELECT count(*) AS n FROM analyses');
    // Each result is committed before it is printed; the kill came before the end.
    expect(stored).toBeGreaterThanOrEqual(first.lines.length);
    expect(stored).toBeLessThan(ARTICLES);

    const second = await runChild(args, env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.lines).toHaveLength(ARTICLES);
    const secondCalls = fake.chats().length - callsBefore;
    expect(secondCalls).toBe(ARTICLES - stored);
    expect(second.stderr).toContain(`${stored} from cache`);

    expect(count(db, 'SELECT count(*) AS n FROM articles')).toBe(ARTICLES);
    expect(count(db, 'SELECT count(*) AS n FROM analyses')).toBe(ARTICLES);
    expect(count(db, 'SELECT count(DISTINCT article_id) AS n FROM analyses')).toBe(ARTICLES);
    expect(count(db, 'SELECT count(*) AS n FROM failures')).toBe(0);
  }, 60_000);
});
