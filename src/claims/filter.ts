/**
 * The filters `claims` shares with `search`: claimant and entity are matched through the store's
 * full-text index (a phrase, accents and case folded: `--claimant apple` finds `Apple Inc.`),
 * stance exactly, proposition by id (a claim id stands for its proposition).
 */
import type { Store } from '../store/index.js';
import type { Stance } from '../types.js';
import type { ClaimRecord } from './records.js';

export interface ClaimFilters {
  /** Phrase the claimant must contain. Default: any. */
  claimant?: string;
  /** Phrase an entity's name or French mention must contain. Default: any. */
  entity?: string;
  stance?: Stance;
  /** A proposition id, or a claim id standing for its proposition. Default: any. */
  proposition?: string;
  /** Claims seen in an article found through a source with any of these tags. Default: any. */
  tag?: readonly string[];
}

/** The records that pass every filter given, in their order. */
export function filterClaims(
  records: ClaimRecord[],
  store: Store,
  filters: ClaimFilters,
): ClaimRecord[] {
  const { claimant, entity, stance, proposition, tag } = filters;
  let kept = records;
  if (claimant !== undefined || entity !== undefined) {
    const ids = store.matchingClaimIds({
      query: '',
      ...(claimant === undefined ? {} : { claimant }),
      ...(entity === undefined ? {} : { entity }),
    });
    kept = kept.filter((r) => ids.has(r.id));
  }
  if (tag !== undefined && tag.length > 0) {
    const ids = store.taggedClaimIds(tag);
    kept = kept.filter((r) => ids.has(r.id));
  }
  if (stance !== undefined) kept = kept.filter((r) => r.stance === stance);
  if (proposition !== undefined) {
    const id = propositionOf(records, proposition);
    kept = kept.filter((r) => r.propositionId === id);
  }
  return kept;
}

/** The proposition id `id` names: itself, or the proposition of the claim with that id. */
export function propositionOf(records: ClaimRecord[], id: string): string {
  return records.find((r) => r.id === id)?.propositionId ?? id;
}
