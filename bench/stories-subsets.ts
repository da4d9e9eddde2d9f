/**
 * Story grouping on parts of a period. A briefing's period holds whatever was stored in it, so
 * the same two articles must be grouped alike whichever other articles share the period: this
 * scores the grouping on every subset of a given size (or, when there are too many, on random
 * subsets drawn with a fixed seed) and keeps the worst and mean pairwise precision and recall.
 *
 *   const stats = subsetScores(names, gold, (names) => group(names), subsetsOf(12, 6));
 */
import { pairwiseScores } from './stories-score.js';

/** A grouping of the named articles, as the briefing would make it for that period alone. */
export type GroupSubset = (names: readonly string[]) => string[][];

/** Worst and mean of one measure over the subsets where it is defined. */
export interface Spread {
  /** Subsets where the measure is defined (precision: some pair grouped; recall: a gold pair). */
  defined: number;
  worst: number | null;
  mean: number | null;
  /** A subset with the worst value, article names. */
  worstSubset: string[] | null;
}

export interface SubsetStats {
  size: number;
  /** Subsets scored. */
  subsets: number;
  /** True when every subset of that size was scored, false for a random draw. */
  exhaustive: boolean;
  precision: Spread;
  recall: Spread;
}

/** Options of `subsetsOf`. */
export interface DrawOptions {
  /** Most subsets per size; above it, that many random ones. Default 1000. */
  max?: number;
  /** Seed of the random draw. Default 1. */
  seed?: number;
}

function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return Math.round(c);
}

function allCombinations(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick = (start: number, chosen: number[]): void => {
    if (chosen.length === k) {
      out.push([...chosen]);
      return;
    }
    for (let i = start; i <= n - (k - chosen.length); i++) pick(i + 1, [...chosen, i]);
  };
  pick(0, []);
  return out;
}

/** mulberry32: a small seeded generator, so a draw is the same on every run and machine. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomCombinations(n: number, k: number, count: number, seed: number): number[][] {
  const random = seeded(seed);
  return Array.from({ length: count }, () => {
    // Partial Fisher-Yates: the first k of a shuffled 0..n-1.
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(random() * (n - i));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order.slice(0, k).sort((x, y) => x - y);
  });
}

/** Subsets of size `k` of indexes 0..n-1: all of them, or `max` random ones when more. */
export function subsetsOf(n: number, k: number, options: DrawOptions = {}): number[][] {
  const max = options.max ?? 1000;
  if (k < 0 || k > n) return [];
  return binomial(n, k) <= max
    ? allCombinations(n, k)
    : randomCombinations(n, k, max, options.seed ?? 1);
}

function spread(values: { value: number | null; subset: string[] }[]): Spread {
  const defined = values.filter((v) => v.value !== null) as { value: number; subset: string[] }[];
  if (defined.length === 0) return { defined: 0, worst: null, mean: null, worstSubset: null };
  const worst = defined.reduce((w, v) => (v.value < w.value ? v : w));
  const mean = defined.reduce((sum, v) => sum + v.value, 0) / defined.length;
  return { defined: defined.length, worst: worst.value, mean, worstSubset: worst.subset };
}

/** Pairwise P/R of `group` on each subset of `names` (indexes), against the gold. */
export function subsetScores(
  names: readonly string[],
  gold: readonly (readonly string[])[],
  group: GroupSubset,
  subsets: readonly (readonly number[])[],
  exhaustive: boolean,
): SubsetStats {
  const scored = subsets.map((indexes) => {
    const subset = indexes.map((i) => names[i]!);
    const inSubset = new Set(subset);
    const subGold = gold.map((story) => story.filter((name) => inSubset.has(name)));
    return { subset, scores: pairwiseScores(subset, group(subset), subGold) };
  });
  return {
    size: subsets[0]?.length ?? 0,
    subsets: subsets.length,
    exhaustive,
    precision: spread(scored.map((s) => ({ value: s.scores.precision, subset: s.subset }))),
    recall: spread(scored.map((s) => ({ value: s.scores.recall, subset: s.subset }))),
  };
}

/** Above this many articles, only a few sizes are scored by default (each costs `max` groupings). */
const EVERY_SIZE_UP_TO = 16;

/** Every size from 2 to n-1 for a small set, else 2, n/4, n/2, 3n/4 and n-1. */
export function defaultSizes(n: number): number[] {
  if (n <= EVERY_SIZE_UP_TO) return Array.from({ length: Math.max(0, n - 2) }, (_, i) => i + 2);
  return [...new Set([2, Math.floor(n / 4), Math.floor(n / 2), Math.floor((3 * n) / 4), n - 1])];
}

/** Scores each subset size (default `defaultSizes`; the whole set is scored on its own). */
export function subsetScoresBySize(
  names: readonly string[],
  gold: readonly (readonly string[])[],
  group: GroupSubset,
  options: DrawOptions & { sizes?: number[] } = {},
): SubsetStats[] {
  const n = names.length;
  const max = options.max ?? 1000;
  const sizes = options.sizes ?? defaultSizes(n);
  return sizes.map((k) =>
    subsetScores(names, gold, group, subsetsOf(n, k, options), binomial(n, k) <= max),
  );
}
