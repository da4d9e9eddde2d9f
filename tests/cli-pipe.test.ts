/**
 * `veille … | head -1`: a real CLI child process whose stdout reader goes away after the first
 * line. The articles after the first one are served by a loopback server that answers only once
 * the reader has closed, so the next result is written to a closed pipe every time (no race).
 * The CLI must stop quietly with exit 0, and what `summarize` analysed stays in the store.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/index.js';
import { allFixtures } from './helpers/analysis-fixtures.js';
import { send, startServer, type TestServer } from './helpers/http-server.js';

const ROOT = resolve(import.meta.dirname, '..');
/** Articles served by the held-back server after the first (local) one. */
const HELD = 8;

let dir: string;
let server: TestServer;
/** Resolved once the test's reader has closed the child's stdout. */
let readerClosed: Promise<void>;
let closeReader: () => void;

function article(n: number): string {
  return (
    `<html lang="fr"><head><title>Conseil municipal numéro ${n}</title></head><body><article>` +
    `<h1>Conseil municipal numéro ${n}</h1>` +
    `<p>Le maire de la commune numéro ${n} a annoncé jeudi un plan de rénovation des écoles, selon un communiqué publié par la mairie.</p>` +
    `<p>« Nous investirons ${n} millions d’euros d’ici deux ans », a déclaré l’adjoint chargé des finances lors de la séance.</p>` +
    `<p>L’opposition conteste ce chiffre et affirme que le budget de la ville ne permet pas un tel effort.</p>` +
    `</article></body></html>`
  );
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'veille-pipe-'));
  writeFileSync(join(dir, 'first.html'), article(0));
  readerClosed = new Promise((done) => (closeReader = done));
  server = await startServer(async (req, res) => {
    await readerClosed;
    const n = Number(/\/a(\d+)/.exec(req.url ?? '')?.[1] ?? 0);
    send(res, 200, article(n), { 'Content-Type': 'text/html; charset=utf-8' });
  });
});

afterEach(async () => {
  closeReader();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

interface PipedRun {
  firstLine: string;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Runs the CLI with a stdout reader that keeps the first line, then closes the pipe; with
 * `closeAtOnce`, the reader closes before the CLI has even started (`veille … | true`).
 */
function runPiped(args: string[], closeAtOnce = false): Promise<PipedRun> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, XDG_DATA_HOME: join(dir, 'data'), XDG_CONFIG_HOME: dir },
    });
    let out = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (!out.includes('\n') || child.stdout.destroyed) return;
      child.stdout.destroy();
      closeReader();
    });
    if (closeAtOnce) child.stdout.destroy();
    child.on('error', reject);
    child.on('close', (code, signal) => {
      done({ firstLine: out.split('\n')[0] ?? '', stderr, code, signal });
    });
  });
}

/** The local article first, then the held-back ones. */
function inputs(): string[] {
  const urls = Array.from({ length: HELD }, (_, i) => `${server.url}/a${i + 1}.html`);
  return [join(dir, 'first.html'), ...urls];
}

function expectQuietExit(run: PipedRun): void {
  expect(run.signal).toBeNull();
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).not.toMatch(/^error /m);
  expect(run.stderr).not.toMatch(/EPIPE|^\s+at /m);
}

describe('stdout closed by the reader (veille … | head -1)', () => {
  it('extract stops quietly with exit 0', async () => {
    const run = await runPiped(['extract', '--format', 'jsonl', ...inputs()]);
    expect(JSON.parse(run.firstLine)).toMatchObject({ source: join(dir, 'first.html') });
    expectQuietExit(run);
  }, 60_000);

  it('summarize stops quietly with exit 0, keeping every finished analysis in the store', async () => {
    const db = join(dir, 'veille.db');
    const args = ['summarize', '--engine', 'rules', '--db', db, '-c', '1', ...inputs()];
    const run = await runPiped(args);
    expect(JSON.parse(run.firstLine)).toMatchObject({ source: join(dir, 'first.html') });
    expectQuietExit(run);

    const database = new Database(db, { readonly: true });
    try {
      const sources = database
        .prepare('SELECT a.source FROM analyses n JOIN articles a ON a.id = n.article_id')
        .all()
        .map((row) => (row as { source: string }).source);
      // The printed article, and the one whose result met the closed pipe, are both stored...
      expect(sources).toContain(join(dir, 'first.html'));
      expect(sources).toContain(`${server.url}/a1.html`);
      // ...and the work stopped there instead of analysing the whole batch.
      expect(sources.length).toBeLessThan(HELD + 1);
    } finally {
      database.close();
    }
  }, 60_000);

  it.each([
    ['claims', '--format', 'csv'],
    ['brief', '--format', 'html'],
  ])(
    '%s writing its one result to a closed pipe exits 0 quietly',
    async (...command) => {
      const db = join(dir, 'veille.db');
      const store = openStore(db);
      for (const f of allFixtures()) store.saveArticleAnalysis(f.extract, f.analysis);
      store.close();
      const run = await runPiped([...command, '--db', db, '--since', '2000-01-01'], true);
      expectQuietExit(run);
      expect(run.stderr).toBe('');
    },
    60_000,
  );
});
