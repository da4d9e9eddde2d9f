/**
 * Pairwise scoring of a story grouping against a gold: every pair of articles is "same story" or
 * not, in the gold and in the prediction. Precision = predicted same-story pairs that the gold
 * also groups; recall = gold same-story pairs that the prediction finds (the usual pairwise
 * clustering measure). Articles outside every list are stories alone.
 */

/** Gold file: lists of article names about the same event. */
export interface StoryGold {
  description?: string;
  stories: { event: string; articles: string[] }[];
}

export interface PairScores {
  /** Article pairs compared. */
  pairs: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** null when the prediction groups no pair. */
  precision: number | null;
  /** null when the gold groups no pair. */
  recall: number | null;
  f1: number | null;
}

/** Story label of every article: its list's index, or its own name when alone. */
function labels(names: readonly string[], clusters: readonly (readonly string[])[]): string[] {
  const of = new Map<string, string>();
  clusters.forEach((c, i) => c.forEach((name) => of.set(name, `#${i}`)));
  return names.map((name) => of.get(name) ?? `=${name}`);
}

/** Pairwise P/R/F1 of `predicted` groups (article names) against `gold`, over `names`. */
export function pairwiseScores(
  names: readonly string[],
  predicted: readonly (readonly string[])[],
  gold: readonly (readonly string[])[],
): PairScores {
  const p = labels(names, predicted);
  const g = labels(names, gold);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let pairs = 0;
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      pairs++;
      const samePredicted = p[i] === p[j];
      const sameGold = g[i] === g[j];
      if (samePredicted && sameGold) tp++;
      else if (samePredicted) fp++;
      else if (sameGold) fn++;
    }
  }
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return {
    pairs,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision,
    recall,
    f1,
  };
}
