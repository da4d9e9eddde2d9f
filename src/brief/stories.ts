/**
 * Articles → stories. Two articles are about the same story when they share a proposition (a
 * claim linked across articles, see claims/link.ts), or when they share at least
 * `minSharedEntities` significant entities that weigh at least `minOverlap` of the lighter
 * article's entities. Links are transitive (union-find).
 *
 * Significant: not a LOCATION or OTHER (countries and cities link everything), not the article's
 * own outlet. Weight: an entity named by few articles of the period says more about the event
 * than one named by many (smoothed IDF, ln((N+1)/df)), so "Macron" and "Élysée" shared by two
 * political pieces do not make one story, while the five companies of one scandal do, even when
 * that scandal fills half the period.
 *
 * Measured with `npm run bench:stories` (pairwise precision/recall against a gold of events).
 */
import type { Analysis, EntityType } from '../types.js';
import { entityKey } from '../claims/index.js';
import { canonicalEntity } from './canonical.js';

export interface GroupOptions {
  /** Significant entities two articles must share to be one story. Default 2. */
  minSharedEntities?: number;
  /** Share of the lighter article's entity weight that the shared entities must reach. Default 0.3. */
  minOverlap?: number;
}

export const GROUP_DEFAULTS: Required<GroupOptions> = {
  minSharedEntities: 2,
  minOverlap: 0.3,
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

/** Smoothed inverse document frequency of every key over the period's articles. */
function weights(keys: Set<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  keys.forEach((set) => set.forEach((k) => df.set(k, (df.get(k) ?? 0) + 1)));
  const n = keys.length;
  return new Map([...df].map(([k, d]) => [k, Math.log((n + 1) / d)]));
}

function sameStory(
  a: Set<string>,
  b: Set<string>,
  weight: Map<string, number>,
  options: Required<GroupOptions>,
): boolean {
  const w = (k: string): number => weight.get(k) ?? 0;
  let shared = 0;
  let sharedWeight = 0;
  for (const k of a) {
    if (!b.has(k)) continue;
    shared++;
    sharedWeight += w(k);
  }
  if (shared < options.minSharedEntities) return false;
  const total = (set: Set<string>): number => [...set].reduce((sum, k) => sum + w(k), 0);
  const lighter = Math.min(total(a), total(b));
  return lighter > 0 && sharedWeight / lighter >= options.minOverlap;
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
  const weight = weights(keys);
  for (let i = 0; i < analyses.length; i++) {
    for (let j = i + 1; j < analyses.length; j++) {
      if (sameStory(keys[i]!, keys[j]!, weight, opts)) union(i, j);
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
