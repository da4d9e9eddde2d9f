import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VeilleError } from '../src/errors.js';
import { cacheKey, cacheKeyOf, contentHash, openStore, type Store } from '../src/store/index.js';
import {
  microsoftProPublica,
  supermicroLeFigaro,
  supermicroLeMonde,
} from './helpers/analysis-fixtures.js';

const HOUR = 3_600_000;
let dir: string;
let clock: Date;
let store: Store;
const dbPath = (): string => join(dir, 'veille.db');
const count = (table: string): number => {
  const db = new Database(dbPath(), { readonly: true });
  const n = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  db.close();
  return n;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'veille-store-'));
  clock = new Date('2018-10-05T07:00:00Z');
  store = openStore(dbPath(), { now: () => clock });
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('analysis cache', () => {
  it('finds an analysis by content hash, model, prompt and schema version', () => {
    const { extract, analysis } = supermicroLeMonde();
    const key = cacheKeyOf(extract, analysis);
    expect(key.contentHash).toBe(contentHash(extract.article.text));
    expect(store.getCachedAnalysis(key)).toBeNull();
    store.saveArticleAnalysis(extract, analysis, key);
    expect(store.getCachedAnalysis(key)).toEqual(analysis);
    const otherPrompt = cacheKey({ ...key, promptVersion: 'analyse-4' });
    const otherSchema = cacheKey({ ...key, schemaVersion: 2 });
    expect(store.getCachedAnalysis(otherPrompt)).toBeNull();
    expect(store.getCachedAnalysis(otherSchema)).toBeNull();
  });

  it('ignores analyses older than maxAgeMs', () => {
    const { extract, analysis } = supermicroLeMonde();
    const key = cacheKeyOf(extract, analysis);
    store.saveArticleAnalysis(extract, analysis, key);
    clock = new Date(clock.getTime() + 10 * HOUR);
    expect(store.getCachedAnalysis(key, { maxAgeMs: 11 * HOUR })).not.toBeNull();
    expect(store.getCachedAnalysis(key, { maxAgeMs: 9 * HOUR })).toBeNull();
  });

  it('rebinds an analysis cached for another URL with the same text, keeping its claims', () => {
    const { extract, analysis } = supermicroLeMonde();
    store.saveArticleAnalysis(extract, analysis);
    const url = 'https://www.ouest-france.fr/afp/puces-espionnes.html';
    const copy = {
      ...extract,
      source: url,
      article: { ...extract.article, url, canonicalUrl: url, siteName: 'Ouest-France' },
    };
    const cached = store.getCachedAnalysis(cacheKeyOf(copy, analysis), { extract: copy });
    expect(cached?.source).toBe(url);
    expect(cached?.article.siteName).toBe('Ouest-France');
    // The same claims: the copy is one more appearance of each, not a claim of its own.
    expect(cached?.claims.map((c) => c.id)).toEqual(analysis.claims.map((c) => c.id));
    store.saveArticleAnalysis(copy, cached!);
    expect(count('articles')).toBe(2);
    expect(count('claims')).toBe(analysis.claims.length);
    expect(count('claim_appearances')).toBe(2 * analysis.claims.length);
    const sites = store.claimsSince(new Date(0))[0]!.appearances.map((a) => a.site);
    expect(sites.sort()).toEqual(['Le Monde', 'Ouest-France']);
  });
});

describe('saving articles', () => {
  it('stores each article once however often it is saved', () => {
    for (let run = 0; run < 3; run++) {
      for (const f of [supermicroLeMonde(), supermicroLeFigaro(), microsoftProPublica()]) {
        store.saveArticleAnalysis(f.extract, f.analysis);
      }
    }
    expect(count('articles')).toBe(3);
    expect(count('analyses')).toBe(3);
    expect(count('claims')).toBe(8);
    expect(count('claim_appearances')).toBe(8);
    expect(count('entities')).toBe(6 + 6 + 5);
  });

  it('replaces the claims of an article that is analysed again', () => {
    const { extract, analysis } = supermicroLeMonde();
    store.saveArticleAnalysis(extract, analysis);
    const fewer = { ...analysis, model: 'gpt-4o', claims: analysis.claims.slice(0, 1) };
    store.saveArticleAnalysis(extract, fewer);
    expect(count('analyses')).toBe(2);
    expect(count('claims')).toBe(1);
    const [latest] = [...store.analysesSince(new Date(0))];
    expect(latest?.analysis.model).toBe('gpt-4o');
  });

  it('keeps the earliest sighting of a claim as firstSeen', () => {
    const { extract, analysis } = supermicroLeMonde();
    store.saveArticleAnalysis(extract, analysis);
    const later = {
      ...extract,
      article: { ...extract.article, publishedAt: '2018-10-06T10:00:00Z' },
    };
    store.saveArticleAnalysis(later, analysis);
    const claims = store.claimsSince(new Date(0));
    expect(claims[0]?.firstSeen).toBe('2018-10-04T16:02:00.000Z');
  });
});

describe('fetch cache', () => {
  it('returns a page fetched within the freshness window, and nothing after it', () => {
    const { extract, analysis } = supermicroLeMonde();
    store.saveArticleAnalysis(extract, analysis);
    clock = new Date(clock.getTime() + 2 * HOUR);
    const fresh = store.getFreshArticle(extract.source, 3 * HOUR);
    expect(fresh?.extract).toEqual(extract);
    expect(fresh?.fetchedAt.toISOString()).toBe('2018-10-05T07:00:00.000Z');
    expect(store.getFreshArticle(extract.source, 1 * HOUR)).toBeNull();
    expect(store.getFreshArticle('https://example.org/other', 3 * HOUR)).toBeNull();
  });

  it('does not slide the window when a cached page is saved with its fetch time', () => {
    const { extract, analysis } = supermicroLeMonde();
    store.saveArticle(extract);
    clock = new Date(clock.getTime() + 2 * HOUR);
    const fresh = store.getFreshArticle(extract.source, 3 * HOUR);
    store.saveArticleAnalysis(fresh!.extract, analysis, undefined, { fetchedAt: fresh!.fetchedAt });
    clock = new Date(clock.getTime() + 2 * HOUR);
    expect(store.getFreshArticle(extract.source, 3 * HOUR)).toBeNull();
  });
});

describe('failures', () => {
  it('counts attempts, keeps the last error and is cleared by a successful save', () => {
    const { extract, analysis } = supermicroLeMonde();
    const gone = new VeilleError('GONE', 'HTTP 404', { stage: 'fetch', input: extract.source });
    store.recordFailure(extract.source, new Error('socket hang up'));
    clock = new Date(clock.getTime() + HOUR);
    store.recordFailure(extract.source, gone);
    store.recordFailure('https://example.org/b', gone);
    const pending = store.pendingFailures();
    expect(pending.map((f) => f.source)).toEqual([extract.source, 'https://example.org/b']);
    expect(pending[0]).toMatchObject({
      code: 'GONE',
      stage: 'fetch',
      attempts: 2,
      message: 'HTTP 404',
    });
    expect(store.pendingFailures({ maxAttempts: 2 }).map((f) => f.source)).toEqual([
      'https://example.org/b',
    ]);
    store.saveArticleAnalysis(extract, analysis);
    store.clearFailure('https://example.org/b');
    expect(store.pendingFailures()).toEqual([]);
  });
});

describe('periods', () => {
  it('streams the analyses of a period, oldest first, filtered on the published time', () => {
    for (const f of [microsoftProPublica(), supermicroLeFigaro(), supermicroLeMonde()]) {
      store.saveArticleAnalysis(f.extract, f.analysis);
    }
    const all = store.analysesSince(new Date('2018-10-01T00:00:00Z'));
    expect(all.next().value?.analysis.article.siteName).toBe('Le Monde');
    const since = new Date('2018-10-05T00:00:00Z');
    const until = new Date('2018-10-05T08:00:00Z');
    const sites = [...store.analysesSince(since, { until })].map(
      (s) => s.analysis.article.siteName,
    );
    expect(sites).toEqual(['Le Figaro', 'Le Monde Informatique']);
  });

  it('lets the store be used again after an iteration stopped early', () => {
    for (const f of [supermicroLeMonde(), supermicroLeFigaro()]) {
      store.saveArticleAnalysis(f.extract, f.analysis);
    }
    for (const _ of store.analysesSince(new Date(0))) break;
    const { extract, analysis } = microsoftProPublica();
    expect(() => store.saveArticleAnalysis(extract, analysis)).not.toThrow();
  });

  it('lists claims with every appearance, and what an endpoint has not received', () => {
    clock = new Date('2018-10-07T00:00:00Z'); // stored after the period: publication decides
    for (const f of [supermicroLeMonde(), supermicroLeFigaro(), microsoftProPublica()]) {
      store.saveArticleAnalysis(f.extract, f.analysis);
    }
    // Bounded: an appearance also counts when its article was stored in the period.
    const claims = store.claimsSince(new Date('2018-10-05T00:00:00Z'), {
      until: new Date('2018-10-06T00:00:00Z'),
    });
    expect(claims).toHaveLength(5);
    const bloomberg = claims.find((c) => c.claimant === 'Bloomberg');
    expect(bloomberg?.appearances[0]).toMatchObject({
      site: 'Le Figaro',
      publishedAt: '2018-10-05T04:45:00.000Z',
      grounded: true,
    });
    expect(bloomberg?.entities.map((e) => e.name)).toContain('Supermicro');
    const endpoint = 'http://127.0.0.1:9/claims';
    expect(store.unposted(endpoint)).toHaveLength(8);
    store.markPosted([bloomberg!.id], endpoint);
    store.markPosted([bloomberg!.id], endpoint);
    expect(store.unposted(endpoint)).toHaveLength(7);
    expect(store.claimsSince(new Date(0), { unpostedTo: endpoint })).toHaveLength(7);
    expect(store.unposted('http://127.0.0.1:9/other')).toHaveLength(8);
    store.savePropositions(new Map([[bloomberg!.id, 'p_test']]));
    expect(store.claimsSince(new Date(0)).find((c) => c.id === bloomberg!.id)?.propositionId).toBe(
      'p_test',
    );
  });
});
