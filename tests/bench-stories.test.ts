import { describe, expect, it } from 'vitest';
import { pairwiseScores } from '../bench/stories-score.js';

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
