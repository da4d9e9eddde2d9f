import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import { isSpeakerPhrase } from '../src/rules/speaker.js';
import type { Claim } from '../src/types.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const claimsOf = (text: string): Claim[] => analyseWithRules(resultOf(text)).claims;

// Sentences written for these tests.
describe('rules engine: who can speak', () => {
  it('takes any agent noun as a speaker (-eur, -iste, -logue, -ier, -ant …), not only a listed one', () => {
    for (const phrase of [
      'le trésorier',
      'la toxicologue',
      'le naturopathe',
      'la gastro-entérologue',
      'le syndicat',
      'les manifestants',
      'la professeure',
      'le préfet',
      'les détracteurs du projet',
    ]) {
      expect(isSpeakerPhrase(phrase), phrase).toBe(true);
    }
  });

  it('still refuses adverbials and plain things', () => {
    for (const phrase of ['dans la soirée', 'la semaine dernière', 'les murs du campus']) {
      expect(isSpeakerPhrase(phrase), phrase).toBe(false);
    }
  });

  it('finds the claim of such a speaker, before or after the statement', () => {
    const [a] = claimsOf('Le trésorier affirme que les comptes ont été validés en juin.');
    expect(a?.claimant).toBe('Le trésorier');
    const [b] = claimsOf('« Les aides annoncées arrivent beaucoup trop tard », juge le syndicat.');
    expect(b?.claimant).toBe('le syndicat');
  });
});
