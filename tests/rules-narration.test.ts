import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const quotesOf = (text: string): string[] =>
  analyseWithRules(resultOf(text)).claims.map((c) => c.quote);

// Sentences written for these tests (issue 11: the journalist's own sentences are not claims).
describe('rules engine: narration is not a claim', () => {
  it('a noun after a determiner is no verb: "le juge Martin", "une note"', () => {
    expect(
      quotesOf('Hier, le syndicat des avocats a envoyé une lettre au juge Martin sur ce dossier.'),
    ).toEqual([]);
    expect(
      quotesOf("C'est le juge en chef du tribunal, Paul Durand, qui désignera un remplaçant."),
    ).toEqual([]);
  });

  it('the page speaking to its reader is no claim: "Prenez note que", "Notez que"', () => {
    expect(
      quotesOf('Prenez note que cette page mise en ligne en 2015 peut contenir des liens morts.'),
    ).toEqual([]);
    expect(
      quotesOf('Notez que les horaires des trains peuvent changer pendant les travaux.'),
    ).toEqual([]);
  });

  it('a quoted title is no statement: “Le Canard enchaîné”, “The Daily Telegraph”', () => {
    expect(
      quotesOf(
        'Des fuites sur ce contrat ont été révélées par le quotidien britannique “The Daily Telegraph”, rapporte le ministère.',
      ).some((q) => q === 'The Daily Telegraph'),
    ).toBe(false);
  });

  it('a hypothetical is no claim: "si elle estime que …"', () => {
    expect(
      quotesOf(
        'Le comité pourra saisir le tribunal si elle estime que les règles ne sont pas respectées.',
      ),
    ).toEqual([]);
  });

  it('a restrictive relative describes its noun: "le salarié qui aurait signalé …"', () => {
    expect(
      quotesOf(
        'Aucune sanction ne pourra frapper le salarié qui aurait signalé des fraudes graves.',
      ),
    ).toEqual([]);
  });

  it('a reflexive verb of action is no statement: "se récuse" steps aside from a case', () => {
    expect(quotesOf("L'arbitre se récuse du match de dimanche pour éviter tout soupçon.")).toEqual(
      [],
    );
    expect(quotesOf('La juge s’est récusée de ce dossier la semaine dernière.')).toEqual([]);
    expect(quotesOf("Le syndicat récuse l'idée d'une grève perdue d'avance.")).toHaveLength(1);
  });

  it('statements are still found', () => {
    expect(quotesOf('Le juge Martin affirme que le dossier est complet depuis lundi.')).toEqual([
      'le dossier est complet depuis lundi',
    ]);
    expect(quotesOf('Le juge a confirmé que la cour rendra sa décision en mai.')).toEqual([
      'la cour rendra sa décision en mai',
    ]);
  });
});

describe('rules engine: "rapporter" with a sum of money yields it and reports nothing', () => {
  it('a sum after the verb, in any tense, with "près de" or "plus de", after an adverbial', () => {
    expect(quotesOf('Le portefeuille de la région rapporte 4,5 milliards d’euros par an.')).toEqual(
      [],
    );
    expect(
      quotesOf('Le contrat de la société a rapporté près de 300 millions d’euros au club.'),
    ).toEqual([]);
    expect(
      quotesOf('La participation de l’État rapporterait plus de 40 000 dollars à la fondation.'),
    ).toEqual([]);
    expect(
      quotesOf('Le groupe rapporte chaque année 12 millions d’euros à l’État actionnaire.'),
    ).toEqual([]);
  });

  it('near-misses: a clause, a count of cases, or speech keep reporting', () => {
    expect(
      quotesOf('Le ministre rapporte que les recettes ont atteint 4 milliards d’euros.'),
    ).toEqual(['les recettes ont atteint 4 milliards d’euros']);
    expect(
      quotesOf('L’association rapporte 12 cas de maltraitance dans les foyers du département.'),
    ).toEqual(['12 cas de maltraitance dans les foyers du département']);
  });
});

describe('rules engine: a question put by an unnamed "on" is no one’s claim', () => {
  it('"quand on lui demande si …", "lorsqu’on l’interroge …" after the person’s act', () => {
    expect(quotesOf('Il sourit quand on lui demande s’il a peur de la tempête.')).toEqual([]);
    expect(
      quotesOf('La ministre se tait lorsqu’on lui demande si elle sera candidate en 2027.'),
    ).toEqual([]);
  });

  it('near-miss: a named person asking keeps the request', () => {
    expect(quotesOf('Le juge lui demande de préciser l’heure de son arrivée à l’hôtel.')).toEqual([
      'demande de préciser l’heure de son arrivée à l’hôtel',
    ]);
  });
});

describe('rules engine: a teaser for another article is no claim', () => {
  it('"Lire aussi", "À lire aussi :", "Voir aussi |", "Sur le même sujet" lines', () => {
    const text = [
      'Le conseil municipal s’est réuni lundi soir.',
      'Lire aussi : Le gouvernement annonce un plan pour l’hôpital public',
      'À lire aussi | « Nous ne lâcherons rien », affirme la CGT',
      'VOIR AUSSI - La ministre promet de recruter 2 000 enseignants',
      'Sur le même sujet : Le maire dénonce une décision « injuste »',
    ].join('\n\n');
    expect(quotesOf(text)).toEqual([]);
  });

  it('near-miss: a sentence that merely contains "lire" stays', () => {
    expect(
      quotesOf('Le maire affirme avoir pris le temps de lire aussi le rapport de la commission.'),
    ).toEqual(['avoir pris le temps de lire aussi le rapport de la commission']);
  });
});
