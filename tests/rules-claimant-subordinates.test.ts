import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import type { Claim } from '../src/types.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const claimantsOf = (text: string): string[] =>
  analyseWithRules(resultOf(text)).claims.map((c: Claim) => c.claimant);

// Sentences written for these tests (issue 11, round 6). A subordinating conjunction opens a
// clause of its own; the subject of its verb is right after it, comma or not.
describe('rules engine: the subject of a reporting verb in a subordinate clause', () => {
  it('"… alors que X affirme que …", "… tandis que X assure …", "… parce que X estime …"', () => {
    expect(
      claimantsOf('Les prix montent alors que le gouvernement affirme que le chômage baisse.'),
    ).toEqual(['le gouvernement']);
    expect(
      claimantsOf(
        'La grève continue tandis que la direction assure que les salaires seront versés.',
      ),
    ).toEqual(['la direction']);
    expect(
      claimantsOf(
        'Le chantier a pris du retard parce que la mairie estime que les plans sont incomplets.',
      ),
    ).toEqual(['la mairie']);
  });

  it('a name after the conjunction, a past tense, an elided "qu’"', () => {
    expect(
      claimantsOf(
        'Les négociations reprennent lorsque Karim Haddad a affirmé que la grève serait suspendue.',
      ),
    ).toEqual(['Karim Haddad']);
    expect(
      claimantsOf('Le tribunal a tranché alors qu’Airbus soutenait que le contrat était nul.'),
    ).toEqual(['Airbus']);
  });

  it('opening the sentence, the clause is background and the main clause’s subject speaks (near-miss)', () => {
    expect(
      claimantsOf(
        'Alors que le ministre a confirmé la fermeture, les syndicats affirment que l’usine restera ouverte.',
      ),
    ).toEqual(['les syndicats']);
  });
});
