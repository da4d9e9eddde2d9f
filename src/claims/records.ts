/**
 * Claim-tracker records: one per claim, with its stable id (analyse/ids.ts: same article,
 * claimant and quote → same id on every run), the proposition it belongs to, and every article
 * it appears in. Built from the store (`recordsFromStored`) or straight from analyses.
 */
import type { ClaimEntity, StoredAppearance, StoredClaim } from '../store/index.js';
import type { Analysis, Certainty, Claim, Stance } from '../types.js';
import { webUrl } from '../util/web-url.js';
import { claimantType } from './claimant-type.js';
import { linkPropositions, type LinkItem, type LinkOptions } from './link.js';

/** One article a claim appears in. */
export interface ClaimAppearance {
  /** Canonical URL, else the URL read; http(s) only (util/web-url.ts), else null. */
  url: string | null;
  site: string | null;
  title: string | null;
  /** ISO UTC; the fetch time when the page gives none (store), null when unknown (analyses). */
  publishedAt: string | null;
  /** Verbatim French passage. */
  quote: string;
  /** English rendering; null from the rules engine. */
  quoteEn: string | null;
  /** Character offsets of the quote in the article text; null when not located. */
  span: { start: number; end: number } | null;
  grounded: boolean;
}

export interface ClaimRecord {
  /** Stable claim id (`c_…`); also the idempotency key when posting. */
  id: string;
  /** Shared by every record of the same proposition (see link.ts). */
  propositionId: string;
  /** English proposition; null from the rules engine (use the quote). */
  claim: string | null;
  claimant: string;
  /** schema.org type of the claimant: from the entity it names, else its words (claimant-type.ts). */
  claimantType: 'Person' | 'Organization';
  stance: Stance;
  certainty: Certainty;
  /** ISO UTC of the earliest appearance; null when no appearance is dated. */
  firstSeen: string | null;
  entities: ClaimEntity[];
  /** Oldest first. */
  appearances: ClaimAppearance[];
}

function linkItem(r: Omit<ClaimRecord, 'propositionId'>, kept: string | null): LinkItem {
  return {
    id: r.id,
    claim: r.claim,
    claimant: r.claimant,
    quote: r.appearances[0]?.quote ?? '',
    entityNames: r.entities.flatMap((e) => [e.name, ...e.mentions]),
    firstSeen: r.firstSeen,
    propositionId: kept,
  };
}

/** Records of stored claims, linked into propositions (stored proposition ids are kept). */
export function recordsFromStored(claims: StoredClaim[], options: LinkOptions = {}): ClaimRecord[] {
  const bare = claims.map((c) => ({
    id: c.id,
    claim: c.claim,
    claimant: c.claimant,
    claimantType: claimantType(c.claimant, c.entities),
    stance: c.stance,
    certainty: c.certainty,
    firstSeen: c.firstSeen,
    entities: c.entities,
    appearances: c.appearances.map(toAppearance),
  }));
  const links = linkPropositions(
    bare.map((r, i) => linkItem(r, claims[i]?.propositionId ?? null)),
    options,
  );
  return bare.map((r) => ({ ...r, propositionId: links.get(r.id) ?? r.id }));
}

function toAppearance({ articleId: _id, ...rest }: StoredAppearance): ClaimAppearance {
  // Stored before extraction checked canonical URLs, a `javascript:` one may still be there.
  return { ...rest, url: webUrl(rest.url) };
}

function isoOrNull(value: string | null): string | null {
  const time = value === null ? NaN : Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function fromClaim(analysis: Analysis, claim: Claim): Omit<ClaimRecord, 'propositionId'> {
  const entities = claim.entities
    .map((id) => analysis.entities.find((e) => e.id === id))
    .filter((e) => e !== undefined)
    .map((e) => ({ name: e.name, type: e.type, mentions: e.mentions }));
  const { article } = analysis;
  const publishedAt = isoOrNull(article.publishedAt);
  const { quote, quoteEn, span, grounded } = claim;
  return {
    id: claim.id,
    claim: claim.claim,
    claimant: claim.claimant,
    claimantType: claimantType(claim.claimant, entities),
    stance: claim.stance,
    certainty: claim.certainty,
    firstSeen: publishedAt,
    entities,
    appearances: [
      {
        url: webUrl(article.canonicalUrl) ?? webUrl(article.url),
        site: article.siteName,
        title: article.title,
        publishedAt,
        ...{ quote, quoteEn, span, grounded },
      },
    ],
  };
}

/**
 * Records of the claims of in-memory analyses, linked into propositions. A claim present in
 * several analyses (the same article analysed twice) is one record.
 */
export function recordsFromAnalyses(
  analyses: Analysis[],
  options: LinkOptions = {},
): ClaimRecord[] {
  const byId = new Map<string, Omit<ClaimRecord, 'propositionId'>>();
  for (const analysis of analyses) {
    for (const claim of analysis.claims) {
      if (!byId.has(claim.id)) byId.set(claim.id, fromClaim(analysis, claim));
    }
  }
  const bare = [...byId.values()];
  const links = linkPropositions(
    bare.map((r) => linkItem(r, null)),
    options,
  );
  return bare.map((r) => ({ ...r, propositionId: links.get(r.id) ?? r.id }));
}
