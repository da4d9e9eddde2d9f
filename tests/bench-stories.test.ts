import { describe, expect, it } from 'vitest';
import { pairwiseScores } from '../bench/stories-score.js';
import { subsetScores, subsetsOf } from '../bench/stories-subsets.js';

describe('pairwiseScores', () => {
  const names = ['a', 'b', 'c', 'd'];
  const gold = [['a', 'b', 'c']];

  it('scores a perfect grouping 1/1', () => {
    expect(pairwiseScores(names, [['c', 'b', 'a']], gold)).toMatchObject({
      pairs: 6,
      truePositives: 3,
      falsePositives: 0,
      falseNegatives: 0,
      precision: 1,
      recall: 1,
    });
  });

  it('counts a split story as missed pairs and a wrong merge as false pairs', () => {
    const split = pairwiseScores(
      names,
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      gold,
    );
    expect(split).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 2 });
    expect(split.precision).toBe(0.5);
    expect(split.recall).toBeCloseTo(1 / 3);
  });

  it('has no precision when nothing is grouped, and no recall when the gold groups nothing', () => {
    expect(pairwiseScores(names, [], gold)).toMatchObject({ precision: null, recall: 0, f1: null });
    expect(pairwiseScores(names, [['a', 'd']], [])).toMatchObject({ precision: 0, recall: null });
  });
});

describe('subset scores', () => {
  const names = ['a', 'b', 'c', 'd'];
  const gold = [['a', 'b']];

  it('draws every subset of a size when few, a seeded sample when many', () => {
    expect(subsetsOf(4, 2)).toHaveLength(6);
    const drawn = subsetsOf(30, 15, { max: 50, seed: 3 });
    expect(drawn).toHaveLength(50);
    expect(drawn.every((s) => new Set(s).size === 15)).toBe(true);
    expect(subsetsOf(30, 15, { max: 50, seed: 3 })).toEqual(drawn);
  });

  it('keeps the worst subset: a pair grouped only when a third article is there', () => {
    // Stands for a grouping that depends on the period: a and b meet only through c.
    const group = (subset: readonly string[]): string[][] =>
      subset.includes('c') ? [[...subset].filter((n) => n !== 'd')] : subset.map((n) => [n]);
    const stats = subsetScores(names, gold, group, subsetsOf(4, 2), true);
    expect(stats.recall).toMatchObject({ defined: 1, worst: 0, worstSubset: ['a', 'b'] });
    const three = subsetScores(names, gold, group, subsetsOf(4, 3), true);
    expect(three.precision).toMatchObject({ defined: 3, worst: 0 });
    expect(three.recall.mean).toBeCloseTo(0.5);
  });
});
