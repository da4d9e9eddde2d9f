/**
 * Writes. Each article is committed in one transaction — the page, its source, its analysis,
 * entities, claims and appearances, and the clearing of its failure — so a process killed at any
 * moment leaves every article either fully stored or not at all. Every write is an upsert keyed
 * by store key (the URL the page was read from, never its canonical URL: a page cannot replace
 * another's row), cache key and claim id, so re-running stores no duplicates. The same text at
 * two URLs is two rows, each an appearance of the claims they share.
 */
import type { Analysis, Claim, Entity, ExtractResult } from '../types.js';
import { storeKey, trustedCanonical } from '../analyse/ids.js';
import { cacheKeyOf, contentHash, type CacheKey } from './cache.js';
import { isoOrNull, stmt, type StoreContext } from './open.js';
import { ARTICLE_DOCUMENT } from './search-schema.js';

export interface SaveOptions {
  /**
   * When the page was fetched. Default: now. Pass `FreshArticle.fetchedAt` when the page came
   * from the cache, so the freshness window does not slide forward on every run.
   */
  fetchedAt?: Date;
}

/** Stores the extracted page (not its analysis); returns the article's row id. */
export function saveArticle(
  ctx: StoreContext,
  extract: ExtractResult,
  options: SaveOptions = {},
): number {
  return ctx.db
    .transaction(() => {
      const articleId = upsertArticle(ctx, extract, options);
      indexArticle(ctx, articleId);
      return articleId;
    })
    .immediate();
}

/** Stores the page and its analysis together, in one transaction; returns the article row id. */
export function saveArticleAnalysis(
  ctx: StoreContext,
  extract: ExtractResult,
  analysis: Analysis,
  key: CacheKey = cacheKeyOf(extract, analysis),
  options: SaveOptions = {},
): number {
  return ctx.db
    .transaction(() => {
      const articleId = upsertArticle(ctx, extract, options);
      upsertAnalysis(ctx, articleId, analysis, key);
      replaceEntities(ctx, articleId, analysis.entities);
      replaceClaims(ctx, articleId, analysis);
      indexArticle(ctx, articleId);
      stmt(ctx, 'DELETE FROM failures WHERE source = ?').run(extract.source);
      return articleId;
    })
    .immediate();
}

function upsertArticle(ctx: StoreContext, extract: ExtractResult, options: SaveOptions): number {
  const { article } = extract;
  const fetchedAt = (options.fetchedAt ?? ctx.now()).toISOString();
  const publishedAt = isoOrNull(article.publishedAt);
  const { text, ...rest } = article;
  const row = stmt(
    ctx,
    `INSERT INTO articles (article_key, source, url, canonical_url, content_hash, fetched_at,
         published_at, dated_at, site, lang, title, text, extract_json)
       VALUES (@key, @source, @url, @canonical, @hash, @fetchedAt, @publishedAt, @datedAt, @site,
         @lang, @title, @text, @json)
       ON CONFLICT (article_key) DO UPDATE SET source = excluded.source, url = excluded.url,
         canonical_url = excluded.canonical_url, content_hash = excluded.content_hash,
         fetched_at = excluded.fetched_at, published_at = excluded.published_at,
         dated_at = excluded.dated_at, site = excluded.site, lang = excluded.lang,
         title = excluded.title, text = excluded.text, extract_json = excluded.extract_json
       RETURNING id`,
  ).get({
    key: storeKey(article),
    source: extract.source,
    url: article.url,
    canonical: trustedCanonical(article),
    hash: contentHash(text),
    fetchedAt,
    publishedAt,
    datedAt: publishedAt ?? fetchedAt,
    site: article.siteName,
    lang: article.lang,
    title: article.title,
    text,
    json: JSON.stringify({ ...extract, article: rest }),
  }) as { id: number };
  stmt(
    ctx,
    `INSERT INTO article_sources (source, article_id, fetched_at) VALUES (?, ?, ?)
       ON CONFLICT (source) DO UPDATE SET article_id = excluded.article_id,
         fetched_at = excluded.fetched_at`,
  ).run(extract.source, row.id, fetchedAt);
  return row.id;
}

/** Rebuilds the article's full-text row (claims follow by trigger; see search-schema.ts). */
function indexArticle(ctx: StoreContext, articleId: number): void {
  stmt(ctx, 'DELETE FROM search_articles WHERE rowid = ?').run(articleId);
  stmt(
    ctx,
    `INSERT INTO search_articles (rowid, title, summary, text, entities) ${ARTICLE_DOCUMENT}
      WHERE a.id = ?`,
  ).run(articleId);
}

function upsertAnalysis(ctx: StoreContext, articleId: number, analysis: Analysis, key: CacheKey) {
  stmt(
    ctx,
    `INSERT INTO analyses (article_id, cache_key, content_hash, model, prompt_version,
         schema_version, engine, json, prompt_tokens, completion_tokens, created_at)
       VALUES (@articleId, @key, @hash, @model, @promptVersion, @schemaVersion, @engine, @json,
         @promptTokens, @completionTokens, @createdAt)
       ON CONFLICT (article_id, cache_key) DO UPDATE SET engine = excluded.engine,
         json = excluded.json, prompt_tokens = excluded.prompt_tokens,
         completion_tokens = excluded.completion_tokens,
         -- Saving a cached analysis again does not make it younger.
         created_at = CASE WHEN analyses.json = excluded.json THEN analyses.created_at
                           ELSE excluded.created_at END`,
  ).run({
    articleId,
    key: key.id,
    hash: key.contentHash,
    model: key.model,
    promptVersion: key.promptVersion,
    schemaVersion: key.schemaVersion,
    engine: analysis.engine,
    json: JSON.stringify(analysis),
    promptTokens: analysis.usage?.promptTokens ?? null,
    completionTokens: analysis.usage?.completionTokens ?? null,
    createdAt: ctx.now().toISOString(),
  });
}

function replaceEntities(ctx: StoreContext, articleId: number, entities: Entity[]): void {
  stmt(ctx, 'DELETE FROM entities WHERE article_id = ?').run(articleId);
  const insert = stmt(
    ctx,
    `INSERT INTO entities (article_id, entity_id, name, type, description, mentions_json)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  for (const e of entities) {
    insert.run(articleId, e.id, e.name, e.type, e.description, JSON.stringify(e.mentions));
  }
}

/** The article's claims become exactly the analysis's: stale appearances and orphans go. */
function replaceClaims(ctx: StoreContext, articleId: number, analysis: Analysis): void {
  const { datedAt } = stmt(ctx, 'SELECT dated_at AS datedAt FROM articles WHERE id = ?').get(
    articleId,
  ) as { datedAt: string };
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  const current = new Set<string>();
  for (const claim of analysis.claims) {
    current.add(claim.id);
    upsertClaim(ctx, claim, byId, datedAt);
    upsertAppearance(ctx, claim, articleId, datedAt);
  }
  const previous = stmt(
    ctx,
    'SELECT claim_id AS id FROM claim_appearances WHERE article_id = ?',
  ).all(articleId) as { id: string }[];
  const dropAppearance = stmt(
    ctx,
    'DELETE FROM claim_appearances WHERE claim_id = ? AND article_id = ?',
  );
  const dropOrphan = stmt(
    ctx,
    `DELETE FROM claims WHERE claim_id = ?
       AND NOT EXISTS (SELECT 1 FROM claim_appearances WHERE claim_id = claims.claim_id)`,
  );
  for (const { id } of previous) {
    if (current.has(id)) continue;
    dropAppearance.run(id, articleId);
    dropOrphan.run(id);
  }
}

function upsertClaim(
  ctx: StoreContext,
  claim: Claim,
  entities: Map<string, Entity>,
  seenAt: string,
): void {
  const involved = claim.entities
    .map((id) => entities.get(id))
    .filter((e): e is Entity => e !== undefined)
    .map((e) => ({ name: e.name, type: e.type, mentions: e.mentions }));
  stmt(
    ctx,
    `INSERT INTO claims (claim_id, claim, claimant, stance, certainty, entities_json, first_seen)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (claim_id) DO UPDATE SET claim = excluded.claim, claimant = excluded.claimant,
         stance = excluded.stance, certainty = excluded.certainty,
         entities_json = excluded.entities_json,
         first_seen = min(claims.first_seen, excluded.first_seen)`,
  ).run(
    claim.id,
    claim.claim,
    claim.claimant,
    claim.stance,
    claim.certainty,
    JSON.stringify(involved),
    seenAt,
  );
}

function upsertAppearance(ctx: StoreContext, claim: Claim, articleId: number, at: string): void {
  stmt(
    ctx,
    `INSERT INTO claim_appearances (claim_id, article_id, quote, quote_en, span_start, span_end,
         grounded, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (claim_id, article_id) DO UPDATE SET quote = excluded.quote,
         quote_en = excluded.quote_en, span_start = excluded.span_start,
         span_end = excluded.span_end, grounded = excluded.grounded,
         published_at = excluded.published_at`,
  ).run(
    claim.id,
    articleId,
    claim.quote,
    claim.quoteEn,
    claim.span?.start ?? null,
    claim.span?.end ?? null,
    claim.grounded ? 1 : 0,
    at,
  );
}
