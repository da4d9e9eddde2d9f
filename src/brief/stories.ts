/**
 * Articles → stories. Two articles are about the same story when they share at least
 * `minSharedEntities` significant entities, or a proposition (a claim linked across articles,
 * see claims/link.ts); links are transitive (union-find). Significant means: not a LOCATION or
 * OTHER (countries and cities link everything), not the article's own outlet, and — once the
 * period has `commonMinArticles` articles — not in more than `commonShare` of them.
 *
 * Stories are ranked by number of sources, then number of propositions, then recency.
 */
import type { Analysis, EntityType } from '../types.js';
import { entityKey } from '../claims/index.js';
import { canonicalEntity } from './canonical.js';

export interface GroupOptions {
  /** Significant entities two articles must share to be one story. Default 2. */
  minSharedEntities?: number;
  /** Share of the period's articles above which an entity is too common to link. Default 0.3. */
  commonShare?: number;
  /** Articles the period needs before `commonShare` applies. Default 10. */
  commonMinArticles?: number;
}

export const GROUP_DEFAULTS: Required<GroupOptions> = {
  minSharedEntities: 2,
  commonShare: 0.3,
  commonMinArticles: 10,
};

/** Entity types that never link articles on their own. */
const INSIGNIFICANT: ReadonlySet<EntityType> = new Set<EntityType>(['LOCATION', 'OTHER']);

function significantKeys(analyses: Analysis[], options: Required<GroupOptions>): Set<string>[] {
  const keys = analyses.map((a) => {
    const own = entityKey(a.article.siteName ?? '');
    return new Set(
      a.entities
        .filter((e) => !INSIGNIFICANT.has(e.type))
        .map((e) => canonicalEntity(e.name, e.type).key)
        .filter((k) => k !== '' && k !== own),
    );
  });
  if (analyses.length < options.commonMinArticles) return keys;
  const df = new Map<string, number>();
  keys.forEach((set) => set.forEach((k) => df.set(k, (df.get(k) ?? 0) + 1)));
  const limit = options.commonShare * analyses.length;
  return keys.map((set) => new Set([...set].filter((k) => (df.get(k) ?? 0) <= limit)));
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const k of a) if (b.has(k)) n++;
  return n;
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
  const keys = significantKeys(analyses, opts);
  for (let i = 0; i < analyses.length; i++) {
    for (let j = i + 1; j < analyses.length; j++) {
      if (shared(keys[i]!, keys[j]!) >= opts.minSharedEntities) union(i, j);
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
