import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VeilleError } from '../src/errors.js';
import { migrate } from '../src/store/migrations.js';
import { defaultDbPath, MIGRATIONS, openStore, SCHEMA_VERSION } from '../src/store/index.js';
import { supermicroLeMonde } from './helpers/analysis-fixtures.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'veille-open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function openError(path: string, options = {}): VeilleError {
  try {
    openStore(path, options).close();
  } catch (err) {
    if (!(err instanceof VeilleError)) throw err;
    expect(err.stage).toBe('store');
    expect(err.message).not.toMatch(/\n/);
    expect(err.message).toContain(path);
    return err;
  }
  throw new Error('expected openStore to fail');
}

describe('defaultDbPath', () => {
  it('uses XDG_DATA_HOME when set and absolute, else ~/.local/share', () => {
    expect(defaultDbPath({ XDG_DATA_HOME: '/data', HOME: '/home/a' })).toBe(
      '/data/veille/veille.db',
    );
    expect(defaultDbPath({ HOME: '/home/a' })).toBe('/home/a/.local/share/veille/veille.db');
    expect(defaultDbPath({ XDG_DATA_HOME: 'rel', HOME: '/home/a' })).toBe(
      '/home/a/.local/share/veille/veille.db',
    );
  });
});

describe('openStore', () => {
  it('creates the folder and a WAL database at the current schema version', () => {
    const path = join(dir, 'deep', 'er', 'veille.db');
    openStore(path).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('migrates a version-1 database in place, keeping its rows', () => {
    const path = join(dir, 'old.db');
    const old = new Database(path);
    old.exec(MIGRATIONS[0]!.sql);
    old.pragma('user_version = 1');
    const { extract } = supermicroLeMonde();
    old
      .prepare(
        `INSERT INTO articles (article_key, source, url, canonical_url, content_hash, fetched_at,
           dated_at, text, extract_json) VALUES (?, ?, ?, ?, 'h', ?, ?, ?, ?)`,
      )
      .run(
        extract.article.url,
        extract.source,
        extract.article.url,
        extract.article.url,
        '2018-10-05T06:00:00.000Z',
        '2018-10-05T06:00:00.000Z',
        extract.article.text,
        JSON.stringify(extract),
      );
    old.close();

    const store = openStore(path, { now: () => new Date('2018-10-05T07:00:00Z') });
    const fresh = store.getFreshArticle(extract.source, 2 * 3_600_000);
    expect(fresh?.extract.article.text).toBe(extract.article.text);
    expect(store.unposted('http://127.0.0.1:1/')).toEqual([]);
    store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('upgrades a version-2 database in place: rows keyed by the URL read, none lost', () => {
    const path = join(dir, 'v2.db');
    const old = new Database(path);
    migrate(old, MIGRATIONS.slice(0, 2));
    const { extract, analysis } = supermicroLeMonde();
    const url = `${extract.article.url!}?xtor=RSS`;
    const insert = old.prepare(
      `INSERT INTO articles (article_key, source, url, canonical_url, content_hash, fetched_at,
         dated_at, text, extract_json) VALUES (?, ?, ?, ?, 'h', ?, ?, ?, ?)`,
    );
    const row = (key: string, rowUrl: string | null, at: string): number =>
      Number(
        insert.run(key, rowUrl ?? '-', rowUrl, key, at, at, extract.article.text, '{}')
          .lastInsertRowid,
      );
    // As schema 2 stored them: keyed by canonical URL (or text hash for stdin).
    const leMonde = row(extract.article.url!, url, '2018-10-05T06:00:00.000Z');
    row('https://www.lemonde.fr/ancienne-adresse.html', url, '2018-10-05T05:00:00.000Z');
    row('text:0123456789abcdef', null, '2018-10-05T06:00:00.000Z');
    // d declared e's URL as canonical: re-keying d to its URL must not collide with e mid-way.
    row('https://x.fr/e', 'https://x.fr/d', '2018-10-05T06:00:00.000Z');
    row('https://x.fr/f', 'https://x.fr/e', '2018-10-05T06:00:00.000Z');
    const claim = analysis.claims[0]!;
    old
      .prepare(
        `INSERT INTO claims (claim_id, claim, claimant, stance, certainty, entities_json,
           first_seen) VALUES (?, ?, ?, ?, ?, '[]', '2018-10-04T16:02:00.000Z')`,
      )
      .run(claim.id, claim.claim, claim.claimant, claim.stance, claim.certainty);
    old
      .prepare(
        `INSERT INTO claim_appearances (claim_id, article_id, quote, grounded, published_at)
         VALUES (?, ?, ?, 1, '2018-10-04T16:02:00.000Z')`,
      )
      .run(claim.id, leMonde, claim.quote);
    old.close();

    const store = openStore(path, { now: () => new Date('2018-10-05T07:00:00Z') });
    const [stored] = store.claimsSince(new Date(0));
    expect(stored?.appearances.map((a) => a.url)).toEqual([extract.article.url]);
    // Read again from the same URL, the page updates its own row.
    store.saveArticle({ ...extract, article: { ...extract.article, url } });
    store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const keys = db.prepare('SELECT article_key AS k FROM articles ORDER BY id').all();
    expect(keys.map((r) => (r as { k: string }).k)).toEqual([
      url,
      'https://www.lemonde.fr/ancienne-adresse.html',
      'text:0123456789abcdef',
      'https://x.fr/d',
      'https://x.fr/e',
    ]);
    db.close();
  });

  it('refuses a database written by a newer veille', () => {
    const path = join(dir, 'new.db');
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const err = openError(path);
    expect(err.message).toMatch(/newer veille/);
    expect(err.details?.reason).toBe('newer');
    expect(err.code).toBe('STORE_FAILED');
  });

  it('names the file when it is not a database', () => {
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'ceci n’est pas une base de données\n'.repeat(100));
    const err = openError(path);
    expect(err.message).toBe(
      `${path} is not a veille database or is damaged; move it away or pass another path`,
    );
    expect(err.details?.reason).toBe('corrupt');
    expect(err.code).toBe('STORE_CORRUPT');
  });

  it('says so when another process holds the write lock', () => {
    const path = join(dir, 'busy.db');
    openStore(path).close();
    const other = new Database(path);
    other.exec('BEGIN EXCLUSIVE');
    try {
      const store = openStore(path, { busyTimeoutMs: 50 });
      const { extract, analysis } = supermicroLeMonde();
      let err: unknown;
      try {
        store.saveArticleAnalysis(extract, analysis);
      } catch (e) {
        err = e;
      }
      store.close();
      expect(err).toBeInstanceOf(VeilleError);
      expect((err as VeilleError).code).toBe('STORE_LOCKED');
      expect((err as VeilleError).message).toBe(
        `database ${path} is locked by another process; try again when it has finished`,
      );
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  it('names the file when it cannot be opened', () => {
    const err = openError(join(dir, 'missing', 'veille.db'), { createDir: false });
    expect(err.details?.reason).toBe('cannotOpen');
    expect(err.code).toBe('STORE_FAILED');
  });
});
