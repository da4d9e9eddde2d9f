import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import type { Claim } from '../src/types.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const claimantsOf = (text: string): string[] =>
  analyseWithRules(resultOf(text)).claims.map((c: Claim) => c.claimant);

// Sentences written for these tests (issue 11, round 6). A person merely mentioned (a
// complement) is spoken of: "il" still continues the speaker of the paragraph.
describe('rules engine: a person mentioned is not whom "il" continues', () => {
  it('a name in a complement since the last statement, in the same paragraph', () => {
    expect(
      claimantsOf(
        'Le frère de la victime affirme qu’elle était épuisée. Interrogé sur les rumeurs au sujet de Karim Haddad, il est catégorique : « Ma sœur est innocente. »',
      ),
    ).toEqual(['Le frère de la victime', 'Le frère de la victime']);
    expect(
      claimantsOf(
        'Le frère de la victime affirme qu’elle était épuisée. À propos des adversaires de Karim Haddad, il assure que la famille ne portera pas plainte.',
      ),
    ).toEqual(['Le frère de la victime', 'Le frère de la victime']);
  });

  it('a person named as a subject since the last statement is still whom "il" stands for (near-miss)', () => {
    expect(
      claimantsOf(
        'Julie Martin affirme que la salle est trop petite. Karim Haddad est arrivé à midi. Il assure que la salle suffira.',
      ),
    ).toEqual(['Julie Martin', 'Karim Haddad']);
  });
});

describe('rules engine: lawyers speak for themselves', () => {
  it('"selon ses avocats", "son avocate affirme": as written, not the client', () => {
    expect(
      claimantsOf(
        'Karim Haddad est accusé de fraude. Durant la soirée, il a dîné avec sa fille, selon ses avocats.',
      ),
    ).toEqual(['ses avocats']);
    expect(
      claimantsOf(
        'Julie Martin a été placée en garde à vue. Son avocate affirme que le dossier est vide.',
      ),
    ).toEqual(['Son avocate']);
  });
});
