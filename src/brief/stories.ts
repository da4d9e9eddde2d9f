/**
 * Articles → stories. Two articles are about the same story when they share a proposition (a
 * claim linked across articles, see claims/link.ts), or when they share at least
 * `minSharedEntities` significant entities that make at least `minOverlap` of the smaller
 * article's significant entities. Links are transitive (union-find).
 *
 * Significant: not a LOCATION or OTHER (countries and cities link everything), not the article's
 * own outlet.
 *
 * The test looks at the two articles only, never at the rest of the period: a briefing's period
 * holds whatever was stored that day, and two articles must be one story or two whatever else
 * is there. Weighting entities by their rarity in the period (IDF) did not: among all 12 samples
 * the spy-chip pieces 01 and 06 were one story, among six of them two (the story's own entities
 * look common in a small period, an entity nobody else names looks heavy), and in other subsets
 * the Huawei pieces, which recall the spy-chip affair, joined it. A plain share of the smaller
 * article's entities separates them: the Huawei pieces share 4 of 9 or more with a spy-chip piece
 * (≤ 44%), the closest two spy-chip pieces 5 of 11 (45%); unrelated pages share ≤ 10%.
 * The margin on the samples is thin: `npm run bench:stories` scores every part of the period.
 */
import type { Analysis, EntityType } from '../types.js';
import { entityKey } from '../claims/index.js';
import { canonicalEntity } from './canonical.js';

export interface GroupOptions {
  /** Significant entities two articles must share to be one story. Default 2. */
  minSharedEntities?: number;
  /** Share of the smaller article's significant entities that must be shared. Default 0.45. */
  minOverlap?: number;
}

export const GROUP_DEFAULTS: Required<GroupOptions> = {
  minSharedEntities: 2,
  minOverlap: 0.45,
};

/** Entity types that never link articles on their own. */
const INSIGNIFICANT: ReadonlySet<EntityType> = new Set<EntityType>(['LOCATION', 'OTHER']);

function significantKeys(analyses: Analysis[]): Set<string>[] {
  return analyses.map((a) => {
    const own = entityKey(a.article.siteName ?? '');
    return new Set(
      a.entities
        .filter((e) => !INSIGNIFICANT.has(e.type) && entityKey(e.name) !== own)
        .map((e) => canonicalEntity(e.name, e.type).key)
        .filter((k) => k !== ''),
    );
  });
}

function sameStory(a: Set<string>, b: Set<string>, options: Required<GroupOptions>): boolean {
  let shared = 0;
  for (const k of a) if (b.has(k)) shared++;
  if (shared < options.minSharedEntities) return false;
  return shared / Math.min(a.size, b.size) >= options.minOverlap;
}

/** Groups of article indexes, one per story, in first-article order. */
export function groupArticles(
  analyses: Analysis[],
  propositionOf: Map<string, string>,
  options: GroupOptions = {},
): number[][] {
  const opts = { ...GROUP_DEFAULTS, ...options };
  const parent = analyses.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (i: number, j: number): void => {
    parent[find(i)] = find(j);
  };
  const keys = significantKeys(analyses);
  for (let i = 0; i < analyses.length; i++) {
    for (let j = i + 1; j < analyses.length; j++) {
      if (sameStory(keys[i]!, keys[j]!, opts)) union(i, j);
    }
  }
  const firstWithProposition = new Map<string, number>();
  analyses.forEach((a, i) => {
    for (const claim of a.claims) {
      const p = propositionOf.get(claim.id);
      if (p === undefined) continue;
      const first = firstWithProposition.get(p);
      if (first === undefined) firstWithProposition.set(p, i);
      else union(i, first);
    }
  });
  const groups = new Map<number, number[]>();
  analyses.forEach((_, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list === undefined) groups.set(root, [i]);
    else list.push(i);
  });
  return [...groups.values()];
}

/** Orders a story's articles best first: English analysis, most claims, longest, earliest. */
export function bestFirst(a: Analysis, b: Analysis): number {
  const english = (x: Analysis): number => (x.summary.lang === 'en' ? 1 : 0);
  return (
    english(b) - english(a) ||
    b.claims.length - a.claims.length ||
    b.article.wordCount - a.article.wordCount ||
    (a.article.publishedAt ?? '').localeCompare(b.article.publishedAt ?? '')
  );
}
