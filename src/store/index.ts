/**
 * The store: one SQLite file (WAL, migrations) holding fetched pages, analyses, translations,
 * entities, claims and their appearances, failed inputs and what the tracker endpoints have
 * received.
 *
 *   const store = openStore(defaultDbPath(process.env));
 *   const key = cacheKey({ contentHash: contentHash(text), model, promptVersion });
 *   const cached = store.getCachedAnalysis(key, { maxAgeMs: 7 * DAY, extract });
 *   if (!cached) store.saveArticleAnalysis(extract, await analyse(extract), key);
 *   store.close();
 *
 * Every method throws store VeilleErrors naming the file (locked, damaged, …).
 */
import type { Translation } from '../analyse/translate.js';
import type { Analysis, ExtractResult } from '../types.js';
import type { CacheKey } from './cache.js';
import {
  claimsSince,
  markPosted,
  savePropositions,
  unposted,
  type ClaimsSinceOptions,
  type StoredClaim,
} from './claims.js';
import {
  clearFailure,
  pendingFailures,
  recordFailure,
  type Failure,
  type PendingFailuresOptions,
} from './failures.js';
import {
  guard,
  openDatabase,
  storeError,
  type OpenDatabaseOptions,
  type StoreContext,
} from './open.js';
import {
  analysesSince,
  getCachedAnalysis,
  getFreshArticle,
  hasAnalysis,
  newestFetch,
  type CachedAnalysisOptions,
  type FreshArticle,
  type PeriodOptions,
  type StoredAnalysis,
} from './read.js';
import {
  matchingClaimIds,
  searchStore,
  taggedClaimIds,
  type SearchHit,
  type SearchOptions,
} from './search.js';
import { sourceStore, type SourceStore } from './sources.js';
import { getCachedTranslation, saveTranslation } from './translations.js';
import { saveArticle, saveArticleAnalysis, type SaveOptions } from './write.js';

export {
  ANALYSIS_SCHEMA_VERSION,
  cacheKey,
  cacheKeyOf,
  contentHash,
  rebindAnalysis,
} from './cache.js';
export type { CacheKey, CacheKeyInput } from './cache.js';
export type { ClaimEntity, ClaimsSinceOptions, StoredAppearance, StoredClaim } from './claims.js';
export type { Failure, PendingFailuresOptions } from './failures.js';
export { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations.js';
export type { StoreFailure } from './open.js';
export { DB_FILE, defaultDbPath } from './paths.js';
export type { CachedAnalysisOptions, FreshArticle, PeriodOptions, StoredAnalysis } from './read.js';
export type { ArticleHit, ClaimHit, SearchHit, SearchOptions, Snippet } from './search.js';
export type { SaveOptions } from './write.js';
export { TRANSLATION_SCHEMA_VERSION } from './translations.js';
export { FAILING_AFTER_RUNS } from './sources.js';
export type { FailingSource, Source, SourceFetch, SourceInput, SourceStore } from './sources.js';

export interface OpenStoreOptions extends OpenDatabaseOptions {
  /** Clock used for fetched/created/posted times and freshness. Default `() => new Date()`. */
  now?: () => Date;
}

export interface Store {
  /** The database file. */
  readonly path: string;
  /** The page stored for `source` if fetched less than `maxAgeMs` ago (a re-run skips the fetch). */
  getFreshArticle(source: string, maxAgeMs: number): FreshArticle | null;
  getCachedAnalysis(key: CacheKey, options?: CachedAnalysisOptions): Analysis | null;
  /** True when the article read at `extract`'s URL already has an analysis under `key`. */
  hasAnalysis(extract: ExtractResult, key: CacheKey): boolean;
  /** Stores the page alone (e.g. before a slow analysis); returns its row id. */
  saveArticle(extract: ExtractResult, options?: SaveOptions): number;
  /** Stores page + analysis + entities + claims in ONE transaction; clears the source's failure. */
  saveArticleAnalysis(
    extract: ExtractResult,
    analysis: Analysis,
    key?: CacheKey,
    options?: SaveOptions,
  ): number;
  /** The translation stored under `key` (content hash, model, prompt version), or null. */
  getCachedTranslation(key: CacheKey): Translation | null;
  /** Stores the translation of `source` under `key`. */
  saveTranslation(source: string, translation: Translation, key: CacheKey): void;
  recordFailure(source: string, err: unknown): void;
  clearFailure(source: string): void;
  pendingFailures(options?: PendingFailuresOptions): Failure[];
  /** Streams the newest analysis of each article dated in the period; do not write meanwhile. */
  analysesSince(since: Date, options?: PeriodOptions): IterableIterator<StoredAnalysis>;
  /** When the newest analysed article was fetched (ISO UTC); null when none is. */
  newestFetch(): string | null;
  claimsSince(since: Date, options?: ClaimsSinceOptions): StoredClaim[];
  savePropositions(propositions: Map<string, string>): void;
  markPosted(ids: readonly string[], endpoint: string): void;
  unposted(endpoint: string): string[];
  /** Full-text search of articles and claims, best first (store/search.ts). */
  search(options: SearchOptions): SearchHit[];
  /** Ids of the claims matching `options`' words and filters, any date. */
  matchingClaimIds(options: SearchOptions): Set<string>;
  /** Ids of the claims seen in an article found through a source tagged any of `tags`. */
  taggedClaimIds(tags: readonly string[]): Set<string>;
  /** Sources followed by `veille run`: tags, health, articles found (`failing()` for the brief). */
  readonly sources: SourceStore;
  close(): void;
}

/** Opens the database at `path` (created and migrated as needed). */
export function openStore(path: string, options: OpenStoreOptions = {}): Store {
  const db = openDatabase(path, options);
  const ctx: StoreContext = {
    db,
    path,
    now: options.now ?? (() => new Date()),
    readOnly: options.readOnly === true,
  };
  const open = new Set<Generator<StoredAnalysis>>();
  const track = (it: Generator<StoredAnalysis>): Generator<StoredAnalysis> => {
    const tracked = untrackOnEnd(it, () => open.delete(tracked));
    open.add(tracked);
    return tracked;
  };
  const safe =
    <A extends unknown[], R>(fn: (c: StoreContext, ...a: A) => R) =>
    (...args: A): R =>
      guard(path, () => fn(ctx, ...args));
  return {
    path,
    getFreshArticle: safe(getFreshArticle),
    getCachedAnalysis: safe(getCachedAnalysis),
    hasAnalysis: safe(hasAnalysis),
    saveArticle: safe(saveArticle),
    saveArticleAnalysis: safe(saveArticleAnalysis),
    getCachedTranslation: safe(getCachedTranslation),
    saveTranslation: safe(saveTranslation),
    recordFailure: safe(recordFailure),
    clearFailure: safe(clearFailure),
    pendingFailures: safe(pendingFailures),
    analysesSince: (since, opts) => track(guardIterator(path, analysesSince(ctx, since, opts))),
    newestFetch: safe(newestFetch),
    claimsSince: safe(claimsSince),
    savePropositions: safe(savePropositions),
    markPosted: safe(markPosted),
    unposted: safe(unposted),
    search: safe(searchStore),
    matchingClaimIds: safe(matchingClaimIds),
    taggedClaimIds: safe(taggedClaimIds),
    sources: sourceStore(ctx),
    close: () => {
      // An unfinished iteration keeps SQLite busy and would make close() throw.
      for (const it of open) it.return(undefined);
      db.close();
    },
  };
}

/** Maps SQLite errors while iterating; closes the SQLite cursor when the consumer stops early. */
function* guardIterator<T>(path: string, inner: Iterator<T>): Generator<T> {
  try {
    for (;;) {
      let step: IteratorResult<T>;
      try {
        step = inner.next();
      } catch (err) {
        throw storeError(err, path);
      }
      if (step.done === true) return;
      yield step.value;
    }
  } finally {
    inner.return?.();
  }
}

function* untrackOnEnd<T>(inner: Generator<T>, done: () => void): Generator<T> {
  try {
    yield* inner;
  } finally {
    done();
  }
}
