import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import type { Claim } from '../src/types.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const claimantsOf = (text: string): string[] =>
  analyseWithRules(resultOf(text)).claims.map((c: Claim) => c.claimant);

// Sentences written for these tests (issue 11, round 6). "il"/"elle" continue the subject of
// the sentence before; when that subject is a person described by a role and no one is named,
// the pronoun is that person: named in the text with that role, else as described.
describe('rules engine: a pronoun after a subject described by its role', () => {
  it('"elle" after "la présidente de X a …" is the person the text names with that role later', () => {
    expect(
      claimantsOf(
        'Reçue à Matignon, la présidente de la FNSEA a détaillé ses demandes. Les aides restent insuffisantes, selon elle.\n\nLe Premier ministre a écouté Julie Martin, la présidente de la FNSEA, pendant une heure.',
      ),
    ).toEqual(['Julie Martin']);
  });

  it('as described when no one is named, not an organisation named since ("selon elle" after "les délégués de Renault")', () => {
    expect(
      claimantsOf(
        'La secrétaire générale du syndicat a reçu les délégués de Renault. Selon elle, la grève sera suivie dans toutes les usines.',
      ),
    ).toEqual(['La secrétaire générale du syndicat']);
  });

  it('"il" and an inverted "estime-t-il" after "le ministre de l’Intérieur"', () => {
    expect(
      claimantsOf(
        'Le ministre de l’Intérieur a été interrogé par les sénateurs sur les violences à Lyon. Il affirme que les renforts arriveront dès lundi.',
      ),
    ).toEqual(['Le ministre de l’Intérieur']);
    expect(
      claimantsOf(
        'Le maire de Brest a visité le port avec les pêcheurs de Bretagne. « La saison sera difficile », estime-t-il.',
      ),
    ).toEqual(['Le maire de Brest']);
  });

  it('not a role of the other gender ("elle" after "le procureur")', () => {
    expect(
      claimantsOf(
        'Le procureur a ouvert une enquête sur la société Nordtek. Selon elle, les comptes sont en règle.',
      ),
    ).not.toContain('Le procureur');
  });
  it('a relative described ("Le frère de la victime, lui, a parlé …") is whom "ajoute-t-il" continues, not the woman who spoke before', () => {
    expect(
      claimantsOf(
        'Julie Martin confirme que la victime travaillait de nuit. Le frère de la victime, lui, a longuement parlé de sa sœur. « Elle travaillait sans arrêt », ajoute-t-il.',
      ),
    ).toEqual(['Julie Martin', 'Le frère de la victime']);
    expect(
      claimantsOf(
        'Julie Martin confirme que la victime travaillait de nuit. La mère du jeune homme raconte son parcours. « Il voulait devenir pilote », dit-elle.',
      ),
    ).toEqual(['Julie Martin', 'La mère du jeune homme']);
    // The relative is itself the subject of a statement ("…, lui, insiste sur le fait que …").
    expect(
      claimantsOf(
        'Julie Martin confirme que la victime travaillait de nuit. Le fils de la victime, lui, insiste sur le fait qu’elle était épuisée. « Elle travaillait sans arrêt », ajoute-t-il.',
      ),
    ).toEqual(['Julie Martin', 'Le fils de la victime', 'Le fils de la victime']);
  });
});
