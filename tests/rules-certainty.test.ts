import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import type { Claim } from '../src/types.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const only = (text: string): Claim => {
  const claims = analyseWithRules(resultOf(text)).claims;
  expect(claims).toHaveLength(1);
  return claims[0] as Claim;
};
const certainty = (text: string): string => only(text).certainty;

// Sentences written for these tests (issue 11, certainty errors on real pages).
describe('rules engine: certainty', () => {
  it('"il est possible que", "peut-être", "potentiellement" and English "maybe" are possible', () => {
    expect(
      certainty('« Il est possible que le virus circule déjà dans la région », estime le médecin.'),
    ).toBe('possible');
    expect(
      certainty('« Le pont est peut-être fragilisé par les crues », explique l’ingénieur.'),
    ).toBe('possible');
    expect(
      certainty('Selon l’agence, ce pesticide est potentiellement toxique pour les abeilles.'),
    ).toBe('possible');
    expect(certainty('« Maybe the vote will be delayed again », a écrit le sénateur.')).toBe(
      'possible',
    );
  });

  it('a conditional of obligation or politeness is no hedge ("il faudrait", "voudrait")', () => {
    expect(
      certainty('« Il faudrait remercier les bénévoles pour leur travail », lance le maire.'),
    ).toBe('certain');
    expect(
      certainty(
        '« Nous voudrions que la mairie rouvre la piscine cet été », explique la présidente.',
      ),
    ).toBe('certain');
  });

  it('a conditional answering a "si" clause states a counterfactual, not a hedge', () => {
    expect(
      certainty(
        'Pour les chercheurs, la crue n’aurait pas fait de victimes si la digue avait été entretenue.',
      ),
    ).toBe('certain');
  });

  it('a hearsay conditional is still a hedge', () => {
    expect(certainty('Selon la presse locale, le maire aurait démissionné hier soir.')).toBe(
      'possible',
    );
  });
});

describe('rules engine: "non, …" answers', () => {
  it('a statement opening on "non," rejects what was asked', () => {
    const c = only('« Non, la commune ne ferme pas son école », répond le maire.');
    expect(c.stance).toBe('denies');
    const d = only('« Non, c’est une rumeur lancée par nos concurrents », rétorque la directrice.');
    expect(d.stance).toBe('denies');
  });
});
