/**
 * Claims for the tracker feed: every claim seen in a period with all its appearances, the
 * proposition ids the linker gave them, and which claims each endpoint has already received.
 */
import { trustedCanonical } from '../analyse/ids.js';
import type { Certainty, EntityType, Stance } from '../types.js';
import { stmt, type StoreContext } from './open.js';
import type { PeriodOptions } from './read.js';

/** An entity a claim involves, as stored with the claim. */
export interface ClaimEntity {
  name: string;
  type: EntityType;
  mentions: string[];
}

/** One article a claim appears in. */
export interface StoredAppearance {
  articleId: number;
  url: string | null;
  site: string | null;
  title: string | null;
  /** Published time, else fetch time; ISO UTC. */
  publishedAt: string;
  quote: string;
  quoteEn: string | null;
  span: { start: number; end: number } | null;
  grounded: boolean;
}

/** A claim as stored, with every appearance, oldest first. */
export interface StoredClaim {
  id: string;
  /** Set by `savePropositions`; null until the linker has seen the claim. */
  propositionId: string | null;
  claim: string | null;
  claimant: string;
  stance: Stance;
  certainty: Certainty;
  /** ISO UTC. */
  firstSeen: string;
  entities: ClaimEntity[];
  appearances: StoredAppearance[];
}

export interface ClaimsSinceOptions extends PeriodOptions {
  /** Only claims not yet posted to this endpoint. Default: all. */
  unpostedTo?: string;
}

interface ClaimRow extends Omit<StoredClaim, 'entities' | 'appearances'> {
  entitiesJson: string;
}

interface AppearanceRow extends Omit<StoredAppearance, 'url' | 'span' | 'grounded'> {
  url: string | null;
  canonicalUrl: string | null;
  spanStart: number | null;
  spanEnd: number | null;
  grounded: number;
}

/**
 * Claims with at least one appearance in [since, until), by first sighting then id. An
 * appearance is in the period when its article was published or stored (fetched) in it, as for
 * the briefing: right after `summarize` on pages published last year, the default period lists
 * their claims (and `--post` sends them) instead of nothing.
 */
export function claimsSince(
  ctx: StoreContext,
  since: Date,
  options: ClaimsSinceOptions = {},
): StoredClaim[] {
  const rows = stmt(
    ctx,
    `SELECT claim_id AS id, proposition_id AS propositionId, claim, claimant, stance, certainty,
            first_seen AS firstSeen, entities_json AS entitiesJson
       FROM claims c
      WHERE EXISTS (SELECT 1 FROM claim_appearances p JOIN articles a ON a.id = p.article_id
                     WHERE p.claim_id = c.claim_id
                       AND ((p.published_at >= @since AND p.published_at < @until)
                         OR (a.fetched_at >= @since AND a.fetched_at < @until)))
        AND (@endpoint IS NULL OR NOT EXISTS
              (SELECT 1 FROM posted WHERE posted.claim_id = c.claim_id AND endpoint = @endpoint))
      ORDER BY first_seen, claim_id`,
  ).all({
    since: since.toISOString(),
    until: options.until?.toISOString() ?? '\uffff',
    endpoint: options.unpostedTo ?? null,
  }) as ClaimRow[];
  return rows.map(({ entitiesJson, ...row }) => ({
    ...row,
    entities: JSON.parse(entitiesJson) as ClaimEntity[],
    appearances: appearancesOf(ctx, row.id),
  }));
}

function appearancesOf(ctx: StoreContext, claimId: string): StoredAppearance[] {
  const rows = stmt(
    ctx,
    `SELECT p.article_id AS articleId, a.url, a.canonical_url AS canonicalUrl, a.site, a.title,
            p.published_at AS publishedAt, p.quote, p.quote_en AS quoteEn,
            p.span_start AS spanStart, p.span_end AS spanEnd, p.grounded
       FROM claim_appearances p JOIN articles a ON a.id = p.article_id
      WHERE p.claim_id = ? ORDER BY p.published_at, p.article_id`,
  ).all(claimId) as AppearanceRow[];
  // Rows stored before schema 3 may hold another site's canonical URL: checked again here.
  return rows.map(({ spanStart, spanEnd, grounded, url, canonicalUrl, ...row }) => ({
    ...row,
    url: trustedCanonical({ url, canonicalUrl }) ?? url,
    span: spanStart === null || spanEnd === null ? null : { start: spanStart, end: spanEnd },
    grounded: grounded === 1,
  }));
}

/**
 * Records the linker's proposition id of each claim (claim id → proposition id). A read-only
 * store keeps nothing: its claims cannot change, so the linker finds the same ids next time.
 */
export function savePropositions(ctx: StoreContext, propositions: Map<string, string>): void {
  if (ctx.readOnly === true) return;
  const update = stmt(ctx, 'UPDATE claims SET proposition_id = ? WHERE claim_id = ?');
  ctx.db
    .transaction(() => {
      for (const [claimId, propositionId] of propositions) update.run(propositionId, claimId);
    })
    .immediate();
}

/** Marks claims as received by `endpoint`; marking twice is harmless. */
export function markPosted(ctx: StoreContext, ids: readonly string[], endpoint: string): void {
  const insert = stmt(
    ctx,
    `INSERT INTO posted (claim_id, endpoint, posted_at) VALUES (?, ?, ?)
     ON CONFLICT (claim_id, endpoint) DO NOTHING`,
  );
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => ids.forEach((id) => insert.run(id, endpoint, at))).immediate();
}

/** Ids of stored claims `endpoint` has not received yet, oldest first. */
export function unposted(ctx: StoreContext, endpoint: string): string[] {
  const rows = stmt(
    ctx,
    `SELECT claim_id AS id FROM claims c WHERE NOT EXISTS
       (SELECT 1 FROM posted WHERE posted.claim_id = c.claim_id AND endpoint = ?)
     ORDER BY first_seen, claim_id`,
  ).all(endpoint) as { id: string }[];
  return rows.map((r) => r.id);
}
