import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/rules.js';

/**
 * Issue 11, round 6: "X ne croit pas que P", "ne pense pas que P" reject P, the way "ne
 * reconnaît pas les faits" does; an opinion verb reports only through its clause, so without
 * "que" the negation rejects nothing ("ne croit pas en la réforme", "ne pense pas à partir").
 * All sentences written for these tests.
 */
type Row = [sentence: string, expected: [string, string, string][]];

const ROWS: Row[] = [
  [
    'La défense ne croit pas que les enregistrements prouveront la fraude.',
    [['La défense', 'denies', 'ne croit pas que les enregistrements prouveront la fraude']],
  ],
  [
    'L’avocate de Paul Girard ne pense pas que le tribunal retiendra la préméditation.',
    [
      [
        'L’avocate de Paul Girard',
        'denies',
        'ne pense pas que le tribunal retiendra la préméditation',
      ],
    ],
  ],
  // No clause: a belief in something or a thought of doing, no statement.
  ['Paul Girard ne croit pas en la réforme des retraites.', []],
  ['Paul Girard ne pense pas à démissionner.', []],
  // Affirmative: the clause is the statement, asserted.
  [
    'Paul Girard croit que la réforme sera votée.',
    [['Paul Girard', 'asserts', 'la réforme sera votée']],
  ],
];

describe('rules engine: a negated verb of opinion with a clause denies it', () => {
  it.each(ROWS)('%s', (sentence, expected) => {
    expect(claimsOf(sentence).map((c) => [c.claimant, c.stance, c.quote])).toEqual(expected);
  });
  it('in a compound past too: "n’a jamais cru que P" denies P', () => {
    const claims = claimsOf('Le syndicat n’a jamais cru que la direction fermerait l’usine.');
    expect(claims.map((c) => [c.claimant, c.stance])).toEqual([['Le syndicat', 'denies']]);
  });
});
