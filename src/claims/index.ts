/**
 * The claim-tracker feed: stored claims → linked records → jsonl/json/csv/schema.org Claim, or POSTed
 * to a tracker with retries and idempotency keys.
 *
 *   const records = claimFeed(store, parseSince('24h'));
 *   stdout.write(formatClaims(records, 'jsonl'));
 *   const result = await postClaims(claimFeed(store, since, { unpostedTo: url }), { url, store });
 */
import type { ClaimsSinceOptions, Store } from '../store/index.js';
import type { LinkOptions } from './link.js';
import { recordsFromStored, type ClaimRecord } from './records.js';

export {
  CLAIM_FORMATS,
  csvField,
  formatClaims,
  toClaimReview,
  type ClaimFormat,
} from './format.js';
export {
  entityKey,
  LINK_DEFAULTS,
  linkPropositions,
  tokens,
  type LinkItem,
  type LinkOptions,
} from './link.js';
export { idempotencyKey, postClaims, type PostClaimsOptions, type PostResult } from './post.js';
export {
  recordsFromAnalyses,
  recordsFromStored,
  type ClaimAppearance,
  type ClaimRecord,
} from './records.js';

export interface ClaimFeedOptions extends ClaimsSinceOptions {
  /** Linking thresholds; defaults in LINK_DEFAULTS. */
  link?: LinkOptions;
}

/**
 * Records of every claim seen in the period, linked into propositions; the proposition ids are
 * saved so the same proposition keeps its id on later runs. With `unpostedTo`, linking still
 * sees the whole period (a new denial joins an allegation posted yesterday) and only the claims
 * the endpoint has not received are returned.
 */
export function claimFeed(
  store: Store,
  since: Date,
  options: ClaimFeedOptions = {},
): ClaimRecord[] {
  const { link, unpostedTo, ...period } = options;
  const records = recordsFromStored(store.claimsSince(since, period), link);
  store.savePropositions(new Map(records.map((r) => [r.id, r.propositionId])));
  if (unpostedTo === undefined) return records;
  const pending = new Set(store.unposted(unpostedTo));
  return records.filter((r) => pending.has(r.id));
}
