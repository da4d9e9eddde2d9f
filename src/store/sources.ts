/**
 * The sources `veille run` follows (schema 5, migration-sources.ts): feeds and plain pages, their
 * tags, their fetch health and the articles found through them. Every write is an upsert keyed
 * by the normalised URL, so adding or importing the same sources again changes nothing.
 */
import { toVeilleError } from '../errors.js';
import { redactSecrets } from '../secrets.js';
import type { HttpValidators } from '../types.js';
import { guard, stmt, type StoreContext } from './open.js';

/** A source to add: its URL (already checked and normalised by the caller), name and tags. */
export interface SourceInput {
  url: string;
  name?: string | null | undefined;
  htmlUrl?: string | null | undefined;
  tags?: readonly string[] | undefined;
  /** What an OPML file says it is; a fetch decides for good [unknown]. */
  kind?: 'feed' | 'page' | null | undefined;
}

/** One stored source and its health. */
export interface Source {
  id: number;
  url: string;
  name: string | null;
  htmlUrl: string | null;
  /** `feed` or `page` once fetched; null before the first run. */
  kind: 'feed' | 'page' | null;
  tags: string[];
  addedAt: string;
  lastFetchAt: string | null;
  lastOkAt: string | null;
  lastErrorCode: string | null;
  lastError: string | null;
  /** Runs in a row whose fetch of this source failed; 0 after a success. */
  failuresInARow: number;
  validators: HttpValidators;
  /** Articles found through it and dated in the last 7 days. */
  articlesLast7Days: number;
}

/** How one fetch of a source ended. */
export type SourceFetch =
  | { ok: true; kind: 'feed' | 'page'; validators: HttpValidators | null }
  | { ok: true; notModified: true }
  | { ok: false; error: unknown };

/** Runs in a row a source must fail to be reported as failing [5]. */
export const FAILING_AFTER_RUNS = 5;

const DAY_MS = 86_400_000;

/** What `addSources` did. */
export interface AddResult {
  added: number;
  updated: number;
}

/**
 * Adds sources or updates them (name, home page when given; tags are added to theirs), all in one
 * transaction. Idempotent: the same list twice leaves the same rows.
 */
export function addSources(ctx: StoreContext, inputs: readonly SourceInput[]): AddResult {
  const result: AddResult = { added: 0, updated: 0 };
  ctx.db
    .transaction(() => {
      for (const input of inputs) {
        if (upsertSource(ctx, input)) result.added += 1;
        else result.updated += 1;
      }
    })
    .immediate();
  return result;
}

/** True when the source is new. */
function upsertSource(ctx: StoreContext, input: SourceInput): boolean {
  const existed = stmt(ctx, 'SELECT id FROM sources WHERE url = ?').get(input.url) as
    { id: number } | undefined;
  const { id } = stmt(
    ctx,
    `INSERT INTO sources (url, name, html_url, kind, added_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (url) DO UPDATE SET name = coalesce(excluded.name, sources.name),
         html_url = coalesce(excluded.html_url, sources.html_url),
         kind = coalesce(sources.kind, excluded.kind)
       RETURNING id`,
  ).get(
    input.url,
    input.name ?? null,
    input.htmlUrl ?? null,
    input.kind ?? null,
    ctx.now().toISOString(),
  ) as {
    id: number;
  };
  const tag = stmt(
    ctx,
    'INSERT INTO source_tags (source_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  for (const t of input.tags ?? []) tag.run(id, t);
  return existed === undefined;
}

/** Removes the source with this URL or id (its tags and article links go too); false if none. */
export function removeSource(ctx: StoreContext, urlOrId: string): boolean {
  const id = /^\d+$/.test(urlOrId) ? Number(urlOrId) : -1;
  return stmt(ctx, 'DELETE FROM sources WHERE url = ? OR id = ?').run(urlOrId, id).changes > 0;
}

interface SourceRow extends Omit<Source, 'tags' | 'validators'> {
  tags: string | null;
  etag: string | null;
  lastModified: string | null;
}

/** Every source (those carrying `tag` when given), oldest first, with health. */
export function listSources(
  ctx: StoreContext,
  options: { tag?: string | undefined } = {},
): Source[] {
  const weekAgo = new Date(ctx.now().getTime() - 7 * DAY_MS).toISOString();
  const rows = stmt(
    ctx,
    `SELECT s.id, s.url, s.name, s.html_url AS htmlUrl, s.kind, s.added_at AS addedAt,
            s.last_fetch_at AS lastFetchAt, s.last_ok_at AS lastOkAt,
            s.last_error_code AS lastErrorCode, s.last_error AS lastError,
            s.failures_in_a_row AS failuresInARow, s.etag, s.last_modified AS lastModified,
            (SELECT group_concat(tag, char(10)) FROM
               (SELECT tag FROM source_tags WHERE source_id = s.id ORDER BY tag)) AS tags,
            (SELECT count(*) FROM source_articles l JOIN articles a ON a.id = l.article_id
              WHERE l.source_id = s.id AND a.dated_at >= @weekAgo) AS articlesLast7Days
       FROM sources s
      WHERE @tag IS NULL OR EXISTS (SELECT 1 FROM source_tags t
                                     WHERE t.source_id = s.id AND t.tag = @tag)
      ORDER BY s.id`,
  ).all({ weekAgo, tag: options.tag ?? null }) as SourceRow[];
  return rows.map(({ tags, etag, lastModified, ...row }) => ({
    ...row,
    tags: tags === null ? [] : tags.split('\n'),
    validators: { etag, lastModified },
  }));
}

/** Records how this run's fetch of a source ended: health, kind and validators. */
export function recordSourceFetch(ctx: StoreContext, id: number, fetch: SourceFetch): void {
  const at = ctx.now().toISOString();
  if (!fetch.ok) {
    const error = toVeilleError(fetch.error, 'fetch');
    stmt(
      ctx,
      `UPDATE sources SET last_fetch_at = ?, last_error_code = ?, last_error = ?,
         failures_in_a_row = failures_in_a_row + 1 WHERE id = ?`,
    ).run(at, error.code, redactSecrets(error.message), id);
    return;
  }
  stmt(
    ctx,
    `UPDATE sources SET last_fetch_at = ?, last_ok_at = ?, last_error_code = NULL,
       last_error = NULL, failures_in_a_row = 0 WHERE id = ?`,
  ).run(at, at, id);
  if ('kind' in fetch) {
    stmt(ctx, 'UPDATE sources SET kind = ?, etag = ?, last_modified = ? WHERE id = ?').run(
      fetch.kind,
      fetch.validators?.etag ?? null,
      fetch.validators?.lastModified ?? null,
      id,
    );
  }
}

/**
 * Links the article the store holds for `url` (the link as found, or the page's final URL) to
 * the source; false, linking nothing, when the store has no article for it yet.
 */
export function linkArticle(ctx: StoreContext, sourceId: number, url: string): boolean {
  const found = stmt(
    ctx,
    `SELECT article_id AS id FROM article_sources WHERE source = @url
     UNION ALL SELECT id FROM articles WHERE url = @url LIMIT 1`,
  ).get({ url }) as { id: number } | undefined;
  if (found === undefined) return false;
  stmt(
    ctx,
    `INSERT INTO source_articles (source_id, article_id, found_at) VALUES (?, ?, ?)
       ON CONFLICT DO NOTHING`,
  ).run(sourceId, found.id, ctx.now().toISOString());
  return true;
}

/** Drops a source's validators, so that its next fetch is a full one (200, not 304). */
export function forgetValidators(ctx: StoreContext, id: number): void {
  stmt(ctx, 'UPDATE sources SET etag = NULL, last_modified = NULL WHERE id = ?').run(id);
}

/** Runs in a row the article at `url` failed to load or analyse (0 when it did not fail). */
export function failedRuns(ctx: StoreContext, url: string): number {
  const row = stmt(ctx, 'SELECT attempts FROM failures WHERE source = ?').get(url) as
    { attempts: number } | undefined;
  return row?.attempts ?? 0;
}

/** A source that failed its last `FAILING_AFTER_RUNS` runs or more (the briefing's footer). */
export type FailingSource = Pick<
  Source,
  'id' | 'url' | 'name' | 'failuresInARow' | 'lastErrorCode' | 'lastError' | 'lastOkAt'
>;

/** Sources failing `minRuns` runs in a row or more [FAILING_AFTER_RUNS], worst first. */
export function failingSources(ctx: StoreContext, minRuns = FAILING_AFTER_RUNS): FailingSource[] {
  return stmt(
    ctx,
    `SELECT id, url, name, failures_in_a_row AS failuresInARow, last_error_code AS lastErrorCode,
            last_error AS lastError, last_ok_at AS lastOkAt
       FROM sources WHERE failures_in_a_row >= ? ORDER BY failures_in_a_row DESC, id`,
  ).all(minRuns) as FailingSource[];
}

/** The sources part of the store, each call mapping SQLite failures to store errors. */
export interface SourceStore {
  add(inputs: readonly SourceInput[]): AddResult;
  remove(urlOrId: string): boolean;
  list(options?: { tag?: string | undefined }): Source[];
  recordFetch(id: number, fetch: SourceFetch): void;
  linkArticle(sourceId: number, url: string): boolean;
  failedRuns(url: string): number;
  forgetValidators(id: number): void;
  failing(minRuns?: number): FailingSource[];
}

export function sourceStore(ctx: StoreContext): SourceStore {
  const safe =
    <A extends unknown[], R>(fn: (c: StoreContext, ...a: A) => R) =>
    (...args: A): R =>
      guard(ctx.path, () => fn(ctx, ...args));
  return {
    add: safe(addSources),
    remove: safe(removeSource),
    list: safe(listSources),
    recordFetch: safe(recordSourceFetch),
    linkArticle: safe(linkArticle),
    failedRuns: safe(failedRuns),
    forgetValidators: safe(forgetValidators),
    failing: safe(failingSources),
  };
}
