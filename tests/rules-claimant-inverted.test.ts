import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import type { Claim } from '../src/types.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const claimantsOf = (text: string): string[] =>
  analyseWithRules(resultOf(text)).claims.map((c: Claim) => c.claimant);

// Sentences written for these tests (issue 11, round 6): the speaker after an inverted verb.
describe('rules engine: the speaker after an inverted verb, whatever follows it', () => {
  it('a participle clause after the speaker is a statement of its own, not a tail that hides the speaker', () => {
    expect(
      claimantsOf(
        'Le pont a été fermé par mesure de sécurité, a indiqué le maire Paul Durand sur Facebook, précisant qu’une inspection aurait lieu lundi.',
      )[0],
    ).toBe('Paul Durand');
  });

  it('the same with a body as speaker and another participle ("…, a annoncé la préfecture, ajoutant …")', () => {
    expect(
      claimantsOf(
        'Trois routes restent coupées dans la vallée, a annoncé la préfecture du Gard, ajoutant que les secours avaient évacué quarante personnes dans la nuit.',
      )[0],
    ).toBe('la préfecture du Gard');
  });

  it('a day after the speaker at the end of the sentence is not part of the speaker', () => {
    expect(
      claimantsOf('Deux personnes ont été blessées à Lens, ont indiqué les pompiers samedi.'),
    ).toEqual(['les pompiers']);
    expect(
      claimantsOf(
        'La collecte des déchets reprendra mardi, a précisé la mairie de Lille ce matin.',
      ),
    ).toEqual(['la mairie de Lille']);
  });

  it('a gerund or a complement right after the speaker stays a short tail (near-miss: no participle clause)', () => {
    expect(
      claimantsOf('Le chantier prendra deux ans, a estimé la ministre en visitant le site.'),
    ).toEqual(['la ministre']);
  });
});

describe('rules engine: a role given before a name in the speaker phrase is the named person', () => {
  it('"le maire X", "la ministre des Sports X", "l’entraîneur lyonnais X": the name', () => {
    expect(
      claimantsOf('La ministre des Sports Julie Martin a annoncé que le budget serait maintenu.'),
    ).toEqual(['Julie Martin']);
    expect(
      claimantsOf(
        '« Nous avons manqué de réalisme », a regretté l’entraîneur lyonnais Marc Girard.',
      ),
    ).toEqual(['Marc Girard']);
  });

  it('not a person named as the complement of the role ("le porte-parole de X", "la fille de X")', () => {
    expect(
      claimantsOf('Le porte-parole de Marc Girard a affirmé que le joueur était blessé.'),
    ).toEqual(['Le porte-parole de Marc Girard']);
  });
});
