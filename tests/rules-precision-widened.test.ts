import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/rules.js';

const quotes = (text: string): string[] => claimsOf(text).map((c) => c.quote);
const pairs = (text: string): string[][] => claimsOf(text).map((c) => [c.quote, c.claimant]);

// Sentences written for these tests (issue 11, round 6 precision: the recall rules widened what
// counts as a speaker; these are the near-misses where nobody speaks). Several genres and press
// styles; each table has the shapes that must still give a claim next to those that must not.

describe('rules engine: a verb after its own subject and an apposition is no inverted incise', () => {
  it('"Le film, sorti en 1998, raconte l’histoire …": the phrase after the verb is its object', () => {
    const cases: [string, string][] = [
      [
        'Le film, sorti en 1998, raconte l’histoire d’un boxeur déchu.',
        'l’histoire d’un boxeur déchu',
      ],
      [
        'Le documentaire, tourné en Guinée, raconte le quotidien des orpailleurs.',
        'le quotidien des orpailleurs',
      ],
      [
        'Son livre, paru chez Gallimard, décrit la vie des mineurs du Nord.',
        'la vie des mineurs du Nord',
      ],
      [
        'Dans sa lettre, le détenu, âgé de 34 ans, dénonce les conditions de détention.',
        'les conditions de détention',
      ],
      ['L’arrêt, rendu mardi, confirme la condamnation du maire.', 'la condamnation du maire'],
      [
        'Dans ce livre, l’auteur, ancien ingénieur, explique le fonctionnement des centrales nucléaires.',
        'le fonctionnement des centrales nucléaires',
      ],
      [
        'Le rapport, publié jeudi par la Cour des comptes, détaille la dérive des dépenses.',
        'la dérive des dépenses',
      ],
    ];
    for (const [sentence, object] of cases)
      expect(
        claimsOf(sentence).map((c) => c.claimant),
        sentence,
      ).not.toContain(object);
  });

  it('a clause before the verb keeps its inverted subject, appositions and all', () => {
    const cases: [string, string, string][] = [
      [
        'Le trafic, interrompu depuis mardi, reprendra lundi, a fait savoir la compagnie ferroviaire.',
        'Le trafic, interrompu depuis mardi, reprendra lundi',
        'la compagnie ferroviaire',
      ],
      [
        'Le suspect, âgé de 25 ans, a été placé en garde à vue, a indiqué le parquet de Liège.',
        'Le suspect, âgé de 25 ans, a été placé en garde à vue',
        'le parquet de Liège',
      ],
      [
        'Le match est reporté à une date ultérieure, a annoncé la fédération camerounaise.',
        'Le match est reporté à une date ultérieure',
        'la fédération camerounaise',
      ],
      [
        'Les négociations n’ont pas abouti, regrette la direction de l’usine.',
        'Les négociations n’ont pas abouti',
        'la direction de l’usine',
      ],
    ];
    for (const [sentence, quote, claimant] of cases)
      expect(pairs(sentence), sentence).toContainEqual([quote, claimant]);
  });
});

describe('rules engine: a verb in a series of acts of one subject is no inverted incise', () => {
  it('"…, salue la foule et entonne …": another verb of the subject before or after makes a series', () => {
    const cases: [string, string][] = [
      ['La chanteuse monte sur scène, salue la foule et entonne son premier titre.', 'la foule'],
      ['Il s’est assis à son bureau et, le soir venu, a écrit la lettre.', 'la lettre'],
      ['Le procureur se lève, rappelle les faits, réclame cinq ans de prison.', 'les faits'],
      ['Elle rentre chez elle et, sans un mot, raconte la scène à son mari.', 'la scène'],
    ];
    for (const [sentence, object] of cases)
      expect(
        claimsOf(sentence).map((c) => c.claimant),
        sentence,
      ).not.toContain(object);
  });
});

describe('rules engine: "selon" a norm is "in accordance with", not a source', () => {
  it('laws, contracts, rules, customs and set phrases after "selon" name no speaker', () => {
    for (const sentence of [
      'Selon les termes du contrat, le club doit verser trois millions d’euros.',
      'Selon les termes de l’accord, Kinshasa recevra 300 millions de dollars.',
      'Selon la loi, les commerces doivent fermer le dimanche.',
      'Selon le règlement intérieur, les portables sont interdits en classe.',
      'Selon la Constitution, le président est élu pour cinq ans.',
      'Selon la tradition, le vainqueur offre la tournée au village.',
      'Selon la coutume, les familles se réunissent autour du chef du village.',
      'Selon le barème en vigueur, l’amende atteint 135 euros.',
      'Selon le protocole sanitaire, les élèves doivent porter un masque.',
      'Selon l’expression consacrée, les jeux sont faits.',
      'Selon l’adage, nul n’est censé ignorer la loi.',
      'Selon l’article 12 du règlement, le joueur expulsé est suspendu deux matchs.',
    ])
      expect(pairs(sentence), sentence).toEqual([]);
  });

  it('sources after "selon" still speak: bodies, people, studies, figures, the press', () => {
    const cases: [string, string][] = [
      [
        'Selon une étude publiée dans The Lancet, le tabac tue huit millions de personnes par an.',
        'le tabac tue huit millions de personnes par an',
      ],
      [
        'Selon les chiffres de l’Insee, le chômage a reculé de 0,2 point.',
        'le chômage a reculé de 0,2 point',
      ],
      [
        'Le bilan s’élève à douze morts, selon la radio nationale.',
        'Le bilan s’élève à douze morts',
      ],
      [
        'Selon la procureure de Lyon, le suspect a reconnu les faits.',
        'le suspect a reconnu les faits',
      ],
      [
        'Selon un article du Soir, le club aurait trouvé un repreneur.',
        'le club aurait trouvé un repreneur',
      ],
    ];
    for (const [sentence, quote] of cases) expect(quotes(sentence), sentence).toContain(quote);
  });
});

describe('rules engine: a song or a title in quotation marks is no statement', () => {
  it('singing a song is no saying: "« … », fredonne-t-il", "…, entonne la foule"', () => {
    for (const sentence of [
      '« Le Temps des cerises », fredonne-t-il en marchant.',
      '« La vie est belle », chantait-il sous la douche chaque matin.',
    ])
      expect(pairs(sentence), sentence).toEqual([]);
  });

  it('manner incises still mark speech: "sourit-il", "soupire le vieil homme"', () => {
    expect(quotes('« Nous allons gagner ce match », sourit-il.')).toEqual([
      'Nous allons gagner ce match',
    ]);
    expect(pairs('« Je suis fatigué de tout cela », soupire le vieil homme.')).toEqual([
      ['Je suis fatigué de tout cela', 'le vieil homme'],
    ]);
  });
});
