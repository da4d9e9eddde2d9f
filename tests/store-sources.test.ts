import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VeilleError } from '../src/errors.js';
import { MIGRATIONS, SCHEMA_VERSION, openStore, type Store } from '../src/store/index.js';
import { migrate } from '../src/store/migrations.js';
import { supermicroLeMonde } from './helpers/analysis-fixtures.js';

const DAY = 86_400_000;
const FEED = 'https://www.lemonde.fr/pixels/rss_full.xml';
const PAGE = 'https://exemple.fr/veille.html';
let dir: string;
let clock: Date;
let store: Store;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'veille-sources-'));
  clock = new Date('2018-10-05T07:00:00Z');
  store = openStore(join(dir, 'veille.db'), { now: () => clock });
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sources in the store', () => {
  it('adds sources idempotently, merging tags and keeping a name not given again', () => {
    expect(store.sources.add([{ url: FEED, name: 'Le Monde Pixels', tags: ['tech'] }])).toEqual({
      added: 1,
      updated: 0,
    });
    const again = store.sources.add([
      { url: FEED, tags: ['tech', 'fr'] },
      { url: PAGE, tags: [] },
    ]);
    expect(again).toEqual({ added: 1, updated: 1 });
    const [feed, page] = store.sources.list();
    expect(feed).toMatchObject({ url: FEED, name: 'Le Monde Pixels', tags: ['fr', 'tech'] });
    expect(page).toMatchObject({ url: PAGE, name: null, tags: [], kind: null, failuresInARow: 0 });
    expect(store.sources.list({ tag: 'fr' }).map((s) => s.url)).toEqual([FEED]);
  });

  it('counts runs failed in a row, reset by a success, and lists sources failing 5 runs', () => {
    store.sources.add([{ url: FEED }, { url: PAGE }]);
    const [feed, page] = store.sources.list();
    const gone = new VeilleError('GONE', 'server answered 404', { stage: 'fetch', input: FEED });
    for (let run = 0; run < 5; run++) {
      store.sources.recordFetch(feed!.id, { ok: false, error: gone });
      store.sources.recordFetch(page!.id, { ok: false, error: gone });
    }
    store.sources.recordFetch(page!.id, { ok: true, notModified: true });
    expect(store.sources.failing()).toEqual([
      expect.objectContaining({ url: FEED, failuresInARow: 5, lastErrorCode: 'GONE' }),
    ]);
    const listed = store.sources.list();
    expect(listed[0]).toMatchObject({ failuresInARow: 5, lastError: 'server answered 404' });
    expect(listed[1]).toMatchObject({ failuresInARow: 0, lastError: null });
    expect(listed[1]!.lastOkAt).toBe(clock.toISOString());
  });

  it('keeps the validators and kind of the last full answer, not of a 304', () => {
    store.sources.add([{ url: FEED }]);
    const id = store.sources.list()[0]!.id;
    const validators = { etag: '"v1"', lastModified: 'Thu, 04 Oct 2018 16:00:00 GMT' };
    store.sources.recordFetch(id, { ok: true, kind: 'feed', validators });
    store.sources.recordFetch(id, { ok: true, notModified: true });
    expect(store.sources.list()[0]).toMatchObject({ kind: 'feed', validators });
  });

  it('links stored articles to their source and counts those of the last 7 days', () => {
    store.sources.add([{ url: FEED }]);
    const id = store.sources.list()[0]!.id;
    const { extract, analysis } = supermicroLeMonde();
    expect(store.sources.linkArticle(id, extract.source)).toBe(false);
    store.saveArticleAnalysis(extract, analysis);
    expect(store.sources.linkArticle(id, extract.source)).toBe(true);
    expect(store.sources.linkArticle(id, extract.source)).toBe(true); // once only
    expect(store.sources.list()[0]!.articlesLast7Days).toBe(1);
    clock = new Date(clock.getTime() + 8 * DAY); // published 4 Oct 2018
    expect(store.sources.list()[0]!.articlesLast7Days).toBe(0);
  });

  it('removes a source by URL or id, with its tags', () => {
    store.sources.add([{ url: FEED, tags: ['a'] }, { url: PAGE }]);
    const pageId = store.sources.list()[1]!.id;
    expect(store.sources.remove(FEED)).toBe(true);
    expect(store.sources.remove(String(pageId))).toBe(true);
    expect(store.sources.remove(FEED)).toBe(false);
    expect(store.sources.list()).toEqual([]);
  });

  it('upgrades a database of schema 3 in place', () => {
    const file = join(dir, 'old.db');
    const old = new Database(file);
    migrate(
      old,
      MIGRATIONS.filter((m) => m.version <= 3),
    );
    old.close();
    const upgraded = openStore(file);
    upgraded.sources.add([{ url: FEED }]);
    expect(upgraded.sources.list()).toHaveLength(1);
    upgraded.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });
});
