/**
 * `--out` never leaves a truncated file under the final name: a real child process whose file
 * size limit (`ulimit -f`) makes the write fail half-way, as a full disk would.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/index.js';
import { allFixtures } from './helpers/analysis-fixtures.js';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Largest file the child may write, in KiB (`ulimit -f` counts 1024-byte blocks in bash). */
const LIMIT_KIB = 2;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-out-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI in a child whose files may not grow past LIMIT_KIB. */
function runLimited(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const cli = [process.execPath, '--import', 'tsx', 'src/cli.ts', ...args]
    .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
    .join(' ');
  const child = spawn(
    'bash',
    ['--noprofile', '--norc', '-c', `ulimit -f ${LIMIT_KIB}; exec ${cli}`],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH, XDG_CONFIG_HOME: dir },
    },
  );
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout.resume();
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe('--out when the write fails half-way', () => {
  it('brief keeps the previous briefing whole and leaves no partial file', async () => {
    const db = path.join(dir, 'veille.db');
    const store = openStore(db);
    for (const f of allFixtures()) store.saveArticleAnalysis(f.extract, f.analysis);
    store.close();
    // The rollback journal: a WAL reader needs a 32 KiB -shm file, past the child's limit.
    const conn = new Database(db);
    conn.pragma('journal_mode = DELETE');
    conn.close();
    const out = path.join(dir, 'briefing.html');
    writeFileSync(out, '<p>yesterday</p>');
    const r = await runLimited([
      'brief',
      '--db',
      db,
      '--since',
      '2018-10-04T00:00Z',
      '--until',
      '2018-10-06T00:00Z',
      '--format',
      'html',
      '--out',
      out,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error \[WRITE_FAILED\]/m);
    expect(readFileSync(out, 'utf8')).toBe('<p>yesterday</p>');
    expect(readdirSync(dir).sort()).toEqual(['briefing.html', 'veille.db']);
  });

  it('extract --out leaves no truncated article file', async () => {
    const outDir = path.join(dir, 'out');
    const r = await runLimited([
      'extract',
      'samples/01-tech-abonnes-supermicro.html',
      '--out',
      outDir,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error \[WRITE_FAILED\]/m);
    expect(existsSync(outDir)).toBe(true);
    expect(readdirSync(outDir)).toEqual([]);
  });
});
