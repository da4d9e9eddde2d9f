/**
 * Full-text search over the index of schema 4 (search-schema.ts): articles (title, summary,
 * text, entities) and claim appearances (claim, claimant, quote, English quote, entities), each
 * ranked by BM25 with the column weights below, merged best first. Short claim texts score
 * higher than long articles for the same word, so claims tend to come first; `kind` asks for one.
 *
 * Snippets come back as plain text plus the ranges of the matched words, so the caller chooses
 * how to show them (bold on a terminal, brackets in a pipe) and page text is never mistaken for
 * a marker.
 */
import { trustedCanonical } from '../analyse/ids.js';
import { VeilleError } from '../errors.js';
import type { Certainty, Stance } from '../types.js';
import { ftsQuery } from './fts-query.js';
import { stmt, type StoreContext } from './open.js';

/** BM25 weight per column, in table order: a word in a title says more than one in the text. */
const ARTICLE_WEIGHTS = { title: 5, summary: 3, text: 1, entities: 2 };
const CLAIM_WEIGHTS = { claim: 3, claimant: 3, quote: 2, quote_en: 2, entities: 1 };

/**
 * `column` (an article id) is an article found through a source carrying any tag of the JSON
 * array `@tags` (`veille run` links articles to their sources); `@tags` NULL keeps every article.
 */
const tagged = (column: string): string =>
  `(@tags IS NULL OR ${column} IN (
     SELECT sa.article_id FROM source_articles sa JOIN source_tags t ON t.source_id = sa.source_id
      WHERE t.tag IN (SELECT value FROM json_each(@tags))))`;

/** The `@tags` parameter of `tagged`. */
const tagsParam = (tags: readonly string[] | undefined): string | null =>
  tags === undefined || tags.length === 0 ? null : JSON.stringify(tags);

/** Tokens of context in a snippet. */
const SNIPPET_TOKENS = 24;

/** Private-use characters SQLite puts around matches; turned into ranges below. */
const OPEN = '\ue000';
const CLOSE = '\ue001';

export interface SearchOptions {
  /** The user's words ('' for none: filters alone). */
  query: string;
  /** Pass `query` to FTS5 as written (its operators work; a syntax error is USAGE). Default false. */
  raw?: boolean;
  /** Only what is dated at or after / before this. Default: no bound. */
  since?: Date;
  until?: Date;
  /** Claims whose claimant contains this phrase (accents and case folded). Claims only. */
  claimant?: string;
  /** Articles and claims involving an entity whose name or mention contains this phrase. */
  entity?: string;
  /** Claims of this stance only. */
  stance?: Stance;
  /** Only what was found through a source carrying any of these tags. Default: any article. */
  tags?: readonly string[];
  /** Only hits of this kind. Default: both (claim filters alone imply claims). */
  kind?: SearchHit['kind'];
  /** Most hits returned. Default 20. */
  limit?: number;
}

/** A snippet: plain text and the [start, end) ranges (UTF-16 offsets) of the matched words. */
export interface Snippet {
  text: string;
  highlights: [number, number][];
}

interface HitBase {
  /** BM25 score; lower is better (SQLite's sign). */
  rank: number;
  articleId: number;
  url: string | null;
  site: string | null;
  title: string | null;
  /** Published time, else fetch time; ISO UTC. */
  publishedAt: string;
  snippet: Snippet;
}

export interface ArticleHit extends HitBase {
  kind: 'article';
}

export interface ClaimHit extends HitBase {
  kind: 'claim';
  claimId: string;
  /** Null until `claims` or `proposition` has linked the claim. */
  propositionId: string | null;
  claim: string | null;
  claimant: string;
  stance: Stance;
  certainty: Certainty;
  quote: string;
  quoteEn: string | null;
}

export type SearchHit = ArticleHit | ClaimHit;

/** The best hits for `options`, best first. */
export function searchStore(ctx: StoreContext, options: SearchOptions): SearchHit[] {
  const limit = options.limit ?? 20;
  const claimsOnly = options.claimant !== undefined || options.stance !== undefined;
  const hits = [
    ...(options.kind === 'article' ? [] : searchClaims(ctx, options, limit)),
    ...(claimsOnly || options.kind === 'claim' ? [] : searchArticles(ctx, options, limit)),
  ];
  return hits.sort((a, b) => a.rank - b.rank).slice(0, limit);
}

/** Ids of the claims matching the filters (and words) of `options`, any date. */
export function matchingClaimIds(ctx: StoreContext, options: SearchOptions): Set<string> {
  const match = claimMatch(options);
  const rows = runMatch(options, () =>
    stmt(
      ctx,
      `SELECT DISTINCT p.claim_id AS id FROM search_claims
         JOIN claim_appearances p ON p.id = search_claims.rowid
        WHERE search_claims MATCH ?`,
    ).all(match),
  ) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

/** Ids of the claims with an appearance in an article found through a source tagged any of `tags`. */
export function taggedClaimIds(ctx: StoreContext, tags: readonly string[]): Set<string> {
  const rows = stmt(
    ctx,
    `SELECT DISTINCT p.claim_id AS id FROM claim_appearances p WHERE ${tagged('p.article_id')}`,
  ).all({ tags: tagsParam(tags) ?? '[]' }) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

function claimMatch(options: SearchOptions): string {
  const match = ftsQuery({
    text: options.query,
    raw: options.raw ?? false,
    columns: { claimant: options.claimant, entities: options.entity },
  });
  if (match !== null) return match;
  throw new VeilleError('USAGE', 'nothing to search for: give words or a filter', {
    stage: 'config',
  });
}

/** Runs a MATCH; FTS5 syntax errors (only possible with --raw) become USAGE errors. */
function runMatch<T>(options: SearchOptions, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    const message = err instanceof Error ? err.message : '';
    if (!/^fts5:|malformed MATCH/i.test(message)) throw err;
    throw new VeilleError('USAGE', `cannot read the query (${message})`, {
      stage: 'config',
      input: options.query,
      cause: err,
    });
  }
}

function period(options: SearchOptions): { since: string; until: string } {
  return {
    since: options.since?.toISOString() ?? '',
    until: options.until?.toISOString() ?? '\uffff',
  };
}

interface ClaimRow extends Omit<ClaimHit, 'kind' | 'snippet' | 'url'> {
  url: string | null;
  canonicalUrl: string | null;
  marked: string;
}

function searchClaims(ctx: StoreContext, options: SearchOptions, limit: number): ClaimHit[] {
  const match = claimMatch(options);
  const rows = runMatch(options, () =>
    stmt(
      ctx,
      `SELECT p.claim_id AS claimId, c.proposition_id AS propositionId, c.claim, c.claimant,
              c.stance, c.certainty, p.quote, p.quote_en AS quoteEn, p.published_at AS publishedAt,
              a.id AS articleId, a.url, a.canonical_url AS canonicalUrl, a.site, a.title,
              snippet(search_claims, 2, '${OPEN}', '${CLOSE}', '…', ${SNIPPET_TOKENS}) AS marked,
              bm25(search_claims, ${Object.values(CLAIM_WEIGHTS).join(', ')}) AS rank
         FROM search_claims
         JOIN claim_appearances p ON p.id = search_claims.rowid
         JOIN claims c ON c.claim_id = p.claim_id
         JOIN articles a ON a.id = p.article_id
        WHERE search_claims MATCH @match
          AND p.published_at >= @since AND p.published_at < @until
          AND (@stance IS NULL OR c.stance = @stance) AND ${tagged('p.article_id')}
        ORDER BY rank LIMIT @limit`,
    ).all({
      match,
      ...period(options),
      stance: options.stance ?? null,
      tags: tagsParam(options.tags),
      limit,
    }),
  ) as ClaimRow[];
  return rows.map(({ marked, url, canonicalUrl, ...row }) => ({
    kind: 'claim',
    ...row,
    url: trustedCanonical({ url, canonicalUrl }) ?? url,
    snippet: unmark(marked),
  }));
}

interface ArticleRow extends Omit<ArticleHit, 'kind' | 'snippet' | 'url'> {
  url: string | null;
  canonicalUrl: string | null;
  inSummary: string;
  inText: string;
}

function searchArticles(ctx: StoreContext, options: SearchOptions, limit: number): ArticleHit[] {
  const match = ftsQuery({
    text: options.query,
    raw: options.raw ?? false,
    columns: { entities: options.entity },
  });
  if (match === null) return [];
  const snippet = (column: number): string =>
    `snippet(search_articles, ${column}, '${OPEN}', '${CLOSE}', '…', ${SNIPPET_TOKENS})`;
  const rows = runMatch(options, () =>
    stmt(
      ctx,
      `SELECT a.id AS articleId, a.url, a.canonical_url AS canonicalUrl, a.site, a.title,
              a.dated_at AS publishedAt, ${snippet(1)} AS inSummary, ${snippet(2)} AS inText,
              bm25(search_articles, ${Object.values(ARTICLE_WEIGHTS).join(', ')}) AS rank
         FROM search_articles JOIN articles a ON a.id = search_articles.rowid
        WHERE search_articles MATCH @match AND a.dated_at >= @since AND a.dated_at < @until
          AND ${tagged('a.id')}
        ORDER BY rank LIMIT @limit`,
    ).all({ match, ...period(options), tags: tagsParam(options.tags), limit }),
  ) as ArticleRow[];
  return rows.map(({ inSummary, inText, url, canonicalUrl, ...row }) => ({
    kind: 'article',
    ...row,
    url: trustedCanonical({ url, canonicalUrl }) ?? url,
    // The text's passage when the words are there, else the summary's (a match in the title or
    // the entities alone shows the start of the text).
    snippet: unmark(!inText.includes(OPEN) && inSummary.includes(OPEN) ? inSummary : inText),
  }));
}

/** Text with OPEN/CLOSE markers → plain text and highlight ranges. */
export function unmark(marked: string): Snippet {
  const highlights: [number, number][] = [];
  let text = '';
  let start = -1;
  for (const char of marked) {
    if (char === OPEN) start = text.length;
    else if (char === CLOSE && start >= 0) {
      highlights.push([start, text.length]);
      start = -1;
    } else if (char !== CLOSE) text += char;
  }
  return { text, highlights };
}
