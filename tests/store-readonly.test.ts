import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/index.js';
import { allFixtures } from './helpers/analysis-fixtures.js';
import { canWriteIn, makeReadOnly } from './helpers/read-only.js';
import { runCli } from './helpers/run-cli.js';

const PERIOD = ['--since', '2018-10-04T00:00Z', '--until', '2018-10-06T00:00Z'];
/** Claims in the three fixtures. */
const TOTAL = 8;

let dir: string;
let db: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-readonly-'));
  db = path.join(dir, 'veille.db');
  const store = openStore(db);
  for (const f of allFixtures()) store.saveArticleAnalysis(f.extract, f.analysis);
  store.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lines = (stdout: string): string[] => stdout.trimEnd().split('\n');

describe('brief and claims on a read-only database', () => {
  it('read a database file that cannot be written (its folder can)', async () => {
    const undo = makeReadOnly([db]);
    try {
      expect(() => appendFileSync(db, 'x')).toThrow();
      const claims = await runCli(['claims', '--db', db, ...PERIOD]);
      expect(claims.stderr).toBe('');
      expect(claims.code).toBe(0);
      expect(lines(claims.stdout)).toHaveLength(TOTAL);
      const brief = await runCli(['brief', '--db', db, ...PERIOD]);
      expect(brief.stderr).toBe('');
      expect(brief.code).toBe(0);
      expect(brief.stdout).toContain('Le Monde');
    } finally {
      undo();
    }
  });

  it('read a database on read-only media (rollback journal, folder and file read-only)', async () => {
    // WAL needs a writable folder for its -shm file even to read: a database meant for
    // read-only media is switched to the rollback journal first, as the README says.
    const conn = new Database(db);
    conn.pragma('journal_mode = DELETE');
    conn.close();
    const undo = makeReadOnly([db, dir]);
    try {
      expect(canWriteIn(dir)).toBe(false);
      const brief = await runCli(['brief', '--db', db, ...PERIOD]);
      expect(brief.stderr).toBe('');
      expect(brief.code).toBe(0);
      expect(brief.stdout).toContain('Le Monde');
      const claims = await runCli(['claims', '--db', db, ...PERIOD]);
      expect(claims.stderr).toBe('');
      expect(claims.code).toBe(0);
      expect(lines(claims.stdout)).toHaveLength(TOTAL);
    } finally {
      undo();
    }
  });

  it('says in one line that a read-only database of an older schema must be upgraded first', async () => {
    const conn = new Database(db);
    conn.pragma('user_version = 2');
    conn.close();
    const undo = makeReadOnly([db]);
    try {
      const r = await runCli(['brief', '--db', db, ...PERIOD]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^error \[STORE_FAILED\] .*older schema \(2,.*read-only/);
    } finally {
      undo();
    }
  });

  it('says in one line with a store code that claims --post needs a writable database', async () => {
    const undo = makeReadOnly([db]);
    try {
      const r = await runCli([
        'claims',
        '--db',
        db,
        '--post',
        'http://127.0.0.1:9/claims',
        ...PERIOD,
      ]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^error \[STORE_FAILED\] .*read-only/);
    } finally {
      undo();
    }
  });
});

describe('summarize when results cannot be stored', () => {
  const page = (title: string, text: string): string =>
    `<!doctype html><html lang="fr"><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${text}</p></article></body></html>`;
  function writePages(): string[] {
    return ['un', 'deux'].map((name, i) => {
      const file = path.join(dir, `${name}.html`);
      writeFileSync(
        file,
        page(
          `Article ${name}`,
          `« Nous n’avons rien trouvé de tel dans nos serveurs ${i} », a déclaré le porte-parole d’Apple, interrogé jeudi par l’agence Bloomberg sur cette enquête.`,
        ),
      );
      return file;
    });
  }

  it('goes on without a database it cannot open: one store error, every analysis printed', async () => {
    const files = writePages();
    const damaged = path.join(dir, 'damaged.db');
    writeFileSync(damaged, 'ceci n’est pas une base de données\n'.repeat(100));
    const r = await runCli(['summarize', '--engine', 'rules', '--db', damaged, ...files], {
      env: { XDG_CONFIG_HOME: dir },
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toHaveLength(2);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^error \[STORE_CORRUPT\] .*damaged\.db/);
    const closing = r.stderr.trimEnd().split('\n').at(-1)!;
    expect(closing).toMatch(/^2 done, 0 failed.*\(nothing stored: STORE_CORRUPT\)$/);
  });

  it('says so once with STORE_FAILED, still prints every analysis, and does not claim to have stored them', async () => {
    const files = writePages();
    const undo = makeReadOnly([db]);
    try {
      const r = await runCli(['summarize', '--engine', 'rules', '--db', db, ...files], {
        env: { XDG_CONFIG_HOME: dir },
        cwd: dir,
      });
      expect(r.code).toBe(1);
      expect(lines(r.stdout)).toHaveLength(2);
      const errors = r.stderr.split('\n').filter((l) => l.startsWith('error '));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^error \[STORE_FAILED\] .*veille\.db/);
      const closing = r.stderr.trimEnd().split('\n').at(-1)!;
      expect(closing).toMatch(/^2 done, 0 failed/);
      expect(closing).not.toContain('stored in');
      expect(closing).toContain('nothing stored');
    } finally {
      undo();
    }
  });
});
