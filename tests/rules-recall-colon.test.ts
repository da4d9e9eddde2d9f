import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/rules.js';

const pairs = (text: string): string[][] => claimsOf(text).map((c) => [c.quote, c.claimant]);
const quotes = (text: string): string[] => claimsOf(text).map((c) => c.quote);

// Sentences written for these tests (issue 11, area D, round 6: statements missed on unseen pages).
describe('rules engine: speech announced before a colon', () => {
  it('a verb of reacting or a noun of speech before the colon gives the quotation to the subject', () => {
    const cases: [string, string, string][] = [
      [
        'Le ministre de l’Agriculture a réagi : « Ces prix ne couvrent plus les coûts des éleveurs. »',
        'Ces prix ne couvrent plus les coûts des éleveurs.',
        'Le ministre de l’Agriculture',
      ],
      [
        'Dans la soirée, la présidente du département a tenu des propos très durs : « Cette entreprise a trompé les habitants. »',
        'Cette entreprise a trompé les habitants.',
        'la présidente du département',
      ],
      [
        'Les infirmières lancent un dernier avertissement : « Sans renforts, les urgences fermeront la nuit. »',
        'Sans renforts, les urgences fermeront la nuit.',
        'Les infirmières',
      ],
      [
        'Réponse de la ministre : « Le budget de la culture sera maintenu en 2025. »',
        'Le budget de la culture sera maintenu en 2025.',
        'la ministre',
      ],
    ];
    for (const [sentence, quote, claimant] of cases)
      expect(pairs(sentence)).toContainEqual([quote, claimant]);
  });

  it('the words after the colon, quoted or not, are the statement', () => {
    expect(
      pairs('La rectrice a fait une annonce attendue : les écoles rouvriront le 4 mai.'),
    ).toContainEqual(['les écoles rouvriront le 4 mai', 'La rectrice']);
    expect(
      pairs('Le syndicat agricole a aussitôt réagi : la taxe sur le gazole doit être retirée.'),
    ).toContainEqual(['la taxe sur le gazole doit être retirée', 'Le syndicat agricole']);
  });

  it('a colon after a verdict, a list or a thing named announces no speech', () => {
    for (const sentence of [
      'Le bilan est très lourd : douze morts et trente blessés dans la nuit.',
      'Le message du panneau est simple : « Défense d’entrer sur le chantier ».',
      'Le programme de la journée : visite du chantier puis déjeuner avec les élus.',
      'Les pompiers ont réagi très vite : le feu a été maîtrisé en une heure.',
    ])
      expect(quotes(sentence)).toEqual([]);
  });
});
