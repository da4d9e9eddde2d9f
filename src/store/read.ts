/**
 * Reads: the fetch cache (a page fetched within the freshness window is not fetched again), the
 * analysis cache, and the analyses of a period, streamed row by row.
 */
import { storeKey, trustedCanonical } from '../analyse/ids.js';
import type { Analysis, Article, ExtractResult, StoredPage } from '../types.js';
import { rebindAnalysis, type CacheKey } from './cache.js';
import { stmt, type StoreContext } from './open.js';

/** A page from the fetch cache, with when it was really fetched. */
export type FreshArticle = StoredPage;

/** Options of `getCachedAnalysis`. */
export interface CachedAnalysisOptions {
  /** Oldest usable analysis, in milliseconds. Default: no limit. */
  maxAgeMs?: number;
  /** Only analyses made at or after this time (e.g. during this run). Default: any. */
  madeSince?: Date;
  /**
   * The article being analysed. When given, an analysis cached for another article with the
   * same text is rebound to this one (source, metadata; the claim ids stay, so both articles are
   * appearances of the same claims). Default: returned as stored.
   */
  extract?: ExtractResult;
}

/** One stored analysis with what the store knows about its article. */
export interface StoredAnalysis {
  articleId: number;
  analysis: Analysis;
  /** The page's text, for linking quotes back to their context. */
  text: string;
  contentHash: string;
  /** ISO UTC. */
  fetchedAt: string;
  /** Published time, else fetch time; ISO UTC. What `--since` filters on. */
  datedAt: string;
  /** When the analysis was made; ISO UTC. */
  createdAt: string;
}

/** The page stored for `source` if it was fetched less than `maxAgeMs` ago, else null. */
export function getFreshArticle(
  ctx: StoreContext,
  source: string,
  maxAgeMs: number,
): FreshArticle | null {
  const oldest = new Date(ctx.now().getTime() - maxAgeMs).toISOString();
  const row = stmt(
    ctx,
    `SELECT a.text, a.extract_json AS json, s.fetched_at AS fetchedAt
       FROM article_sources s JOIN articles a ON a.id = s.article_id
      WHERE s.source = ? AND s.fetched_at >= ?`,
  ).get(source, oldest) as { text: string; json: string; fetchedAt: string } | undefined;
  if (row === undefined) return null;
  const stored = JSON.parse(row.json) as ExtractResult & { article: Omit<Article, 'text'> };
  return {
    extract: { ...stored, source, article: { ...stored.article, text: row.text } },
    fetchedAt: new Date(row.fetchedAt),
  };
}

/** The newest analysis stored under `key` (any article with that text), or null. */
export function getCachedAnalysis(
  ctx: StoreContext,
  key: CacheKey,
  options: CachedAnalysisOptions = {},
): Analysis | null {
  const maxAge = options.maxAgeMs ?? Infinity;
  const byAge = Number.isFinite(maxAge) ? new Date(ctx.now().getTime() - maxAge).toISOString() : '';
  const since = options.madeSince?.toISOString() ?? '';
  const oldest = byAge > since ? byAge : since;
  const row = stmt(
    ctx,
    `SELECT json FROM analyses WHERE cache_key = ? AND created_at >= ?
      ORDER BY created_at DESC, id DESC LIMIT 1`,
  ).get(key.id, oldest) as { json: string } | undefined;
  if (row === undefined) return null;
  const analysis = JSON.parse(row.json) as Analysis;
  return options.extract === undefined ? analysis : rebindAnalysis(analysis, options.extract);
}

/** True when the article read at `extract`'s URL already has an analysis stored under `key`. */
export function hasAnalysis(ctx: StoreContext, extract: ExtractResult, key: CacheKey): boolean {
  const row = stmt(
    ctx,
    `SELECT 1 FROM analyses n JOIN articles a ON a.id = n.article_id
      WHERE a.article_key = ? AND n.cache_key = ?`,
  ).get(storeKey(extract.article), key.id);
  return row !== undefined;
}

/** Options of `analysesSince`. */
export interface PeriodOptions {
  /** End of the period (exclusive). Default: no end. */
  until?: Date;
  /**
   * Also the articles fetched (stored) in the period, whatever their publication date: what a
   * briefing of "the last 24 h" means right after summarising older articles. Default false.
   */
  orFetched?: boolean;
}

/**
 * The newest analysis of every article dated in [since, until) (or, with `orFetched`, fetched in
 * it), oldest article first, read one row at a time. Do not write to the same store while iterating (SQLite keeps the read open).
 */
export function* analysesSince(
  ctx: StoreContext,
  since: Date,
  options: PeriodOptions = {},
): Generator<StoredAnalysis> {
  const until = options.until?.toISOString() ?? '\uffff';
  const from = since.toISOString();
  const fetched = options.orFetched === true ? 'OR (a.fetched_at >= ? AND a.fetched_at < ?)' : '';
  // Prepared afresh: a shared statement cannot run two iterations at once.
  const rows = ctx.db
    .prepare(
      `SELECT a.id AS articleId, a.text, a.content_hash AS contentHash, a.fetched_at AS fetchedAt,
            a.dated_at AS datedAt, n.json, n.created_at AS createdAt
       FROM articles a
       JOIN analyses n ON n.id = (SELECT id FROM analyses WHERE article_id = a.id
                                   ORDER BY created_at DESC, id DESC LIMIT 1)
      WHERE (a.dated_at >= ? AND a.dated_at < ?) ${fetched}
      ORDER BY a.dated_at, a.id`,
    )
    .iterate(...(fetched === '' ? [from, until] : [from, until, from, until])) as IterableIterator<
    Omit<StoredAnalysis, 'analysis'> & { json: string }
  >;
  for (const { json, ...row } of rows) {
    const analysis = JSON.parse(json) as Analysis;
    // Analyses stored before schema 3 may carry another site's canonical URL.
    const canonicalUrl = trustedCanonical(analysis.article);
    yield { ...row, analysis: { ...analysis, article: { ...analysis.article, canonicalUrl } } };
  }
}

/** When the newest analysed article was fetched (ISO UTC); null when none is stored. */
export function newestFetch(ctx: StoreContext): string | null {
  const row = stmt(
    ctx,
    `SELECT MAX(a.fetched_at) AS at FROM articles a
      WHERE EXISTS (SELECT 1 FROM analyses n WHERE n.article_id = a.id)`,
  ).get() as { at: string | null } | undefined;
  return row?.at ?? null;
}
