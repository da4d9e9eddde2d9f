import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import type { Claim } from '../src/types.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const claimantsOf = (text: string): string[] =>
  analyseWithRules(resultOf(text)).claims.map((c: Claim) => c.claimant);

// Sentences written for these tests (issue 11, round 6). Before a colon and a quotation, the
// speaker is the clause's subject; a name met as a complement ("l'entraîneur du Racing") or an
// object ("vise le Top 5") is spoken of.
describe('rules engine: the speaker of a quotation after a colon', () => {
  it('a role subject, not the club named in its complement: the speaker before, the role being no other’s', () => {
    expect(
      claimantsOf(
        'Karim Haddad a affirmé qu’il resterait trois ans. Petite surprise, le nouvel entraîneur du Racing a déjà fixé un cap : « Nous jouerons l’Europe dans deux ans. »',
      ),
    ).toEqual(['Karim Haddad', 'Karim Haddad']);
  });

  it('a name after "version", not the object of the verb nor a name after "du"', () => {
    expect(
      claimantsOf(
        'Sur les ambitions du Racing version Karim Haddad, le T1 vise le Top 5 : « Je veux finir dans les cinq premiers. »',
      ),
    ).toEqual(['Karim Haddad']);
  });

  it('a described subject with nobody named stays as described', () => {
    expect(
      claimantsOf(
        'Au terme de la visite, la directrice de l’école a tranché : « Les cours reprendront lundi. »',
      ),
    ).toEqual(['la directrice de l’école']);
  });

  it('a name opening its clause still wins (near-miss: "Pour Paul Girard, le constat est clair :")', () => {
    expect(
      claimantsOf('Pour Paul Girard, le constat est clair : « La ligne doit rouvrir. »'),
    ).toEqual(['Paul Girard']);
  });
});
