import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import { isSpeakerPhrase } from '../src/rules/speaker.js';
import type { Claim } from '../src/types.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const claimantsOf = (text: string): string[] =>
  analyseWithRules(resultOf(text)).claims.map((c: Claim) => c.claimant);

// Sentences written for these tests (issue 11, round 5: a piece of the sentence taken as speaker).
describe('rules engine: the subject of a reporting verb, as written', () => {
  it('"ses", "services", "second" are words, not a reflexive verb cutting the subject', () => {
    expect(
      claimantsOf('Le maire et ses adjoints affirment que la piscine rouvrira en mai.'),
    ).toEqual(['Le maire et ses adjoints']);
    expect(
      claimantsOf('Les responsables des services secrets estiment que la menace reste élevée.'),
    ).toEqual(['Les responsables des services secrets']);
  });

  it('object pronouns before the verb are not part of the subject', () => {
    expect(
      claimantsOf('Les enseignants nous assurent que les classes sont pleines depuis septembre.'),
    ).toEqual(['Les enseignants']);
  });

  it('a capitalised title between commas is an apposition: the name before it speaks', () => {
    expect(
      claimantsOf(
        'Claire Martin, Directrice de l’école Jules-Ferry, affirme que la cantine sera gratuite.',
      ),
    ).toEqual(['Claire Martin']);
  });

  it('the subject starts after a colon or the end of a sentence', () => {
    expect(
      claimantsOf('Le constat est simple : les médecins affirment que les urgences débordent.'),
    ).toEqual(['les médecins']);
  });

  it('after "pour que", "avant que", the subject is the words after "que"', () => {
    expect(
      claimantsOf(
        'Il a fallu trois jours pour que le quotidien régional révèle que le maire avait menti.',
      ),
    ).toEqual(['le quotidien régional']);
  });

  it('a phrase ending on a preposition is no subject ("X sera sans" before "doute")', () => {
    expect(
      claimantsOf('Travailler plus longtemps sera sans doute nécessaire pour les jeunes.'),
    ).toEqual([]);
  });

  it('the verb of a relative clause has the noun phrase before "qui" as subject', () => {
    expect(
      claimantsOf(
        'Ces règles floues inquiètent les opposants au projet qui craignent que les contrôles se multiplient.',
      ),
    ).toEqual(['les opposants au projet']);
  });

  it('"on", "nous" and a phrase opened by a preposition are no speaker', () => {
    expect(isSpeakerPhrase('On')).toBe(false);
    expect(isSpeakerPhrase('Nous')).toBe(false);
    expect(isSpeakerPhrase('À cet égard')).toBe(false);
    expect(isSpeakerPhrase('à la différence du vieux syndicat')).toBe(false);
    expect(claimantsOf('On dit que le marché couvert fermera en juin.')).toEqual([]);
  });
});

describe('rules engine: the speaker after an inverted verb', () => {
  it('a day or a time between the verb and its subject is skipped ("a indiqué samedi soir X")', () => {
    expect(
      claimantsOf(
        'Deux randonneurs ont été secourus dans le massif, a indiqué samedi soir la préfecture de l’Isère.',
      ),
    ).toEqual(['la préfecture de l’Isère']);
    expect(
      claimantsOf(
        'Le pont restera fermé tout l’été, a annoncé jeudi le président du conseil départemental.',
      ),
    ).toEqual(['le président du conseil départemental']);
  });

  it('« A », ajoute X, « B »: the second quotation is X’s too', () => {
    expect(
      claimantsOf(
        '« Les travaux dureront deux ans », précise Anne Colin, « mais la ligne restera ouverte pendant tout le chantier. »',
      ),
    ).toEqual(['Anne Colin', 'Anne Colin']);
  });
});

describe('rules engine: speakers found by their names', () => {
  it('an object relative: the subject is the phrase after "que"', () => {
    expect(
      claimantsOf(
        'Le Progrès publie les chiffres du chômage. Des chiffres que le journal lyonnais juge « très inquiétants » pour la région.',
      ),
    ).toEqual([expect.stringMatching(/Progrès$/u)]);
  });

  it('before a colon, a name is a whole word ("Marc" is not in "Marcelle")', () => {
    expect(
      claimantsOf(
        'Marc a quitté la ville en mars.\n\nMarcelle Roy, qui tient la boulangerie depuis vingt ans, reste confiante : « Les clients reviendront avec le printemps. »',
      ),
    ).toEqual(['Marcelle Roy']);
  });
});

describe('rules engine: a medium is no person', () => {
  it('"le quotidien" is the newspaper that spoke, not the person named last', () => {
    expect(
      claimantsOf(
        'Le Figaro s’interroge sur la hausse des loyers. Le locataire Paul Girard a témoigné dans ses pages. Le quotidien estime que les prix ont doublé en dix ans.',
      ),
    ).toEqual(['Le Figaro', 'Le Figaro']);
  });
});

describe('rules engine: the speaker before a colon', () => {
  it('the name opening the clause, not a name met in an adverbial before it', () => {
    expect(
      claimantsOf(
        'Interrogée par Libération, Claire Dumas est formelle : « Le chantier ne reprendra pas avant juin. »',
      ),
    ).toEqual(['Claire Dumas']);
    expect(
      claimantsOf(
        'Pour Paul Girard, adjoint de Claire Dumas, le constat est clair : « Le chantier ne reprendra pas avant juin. »',
      ),
    ).toEqual(['Paul Girard']);
  });
});

describe('rules engine: documents and measurements that report', () => {
  it('an audit, readings or projections speak like a report', () => {
    expect(claimantsOf('L’audit révèle que la cantine a perdu deux millions d’euros.')).toEqual([
      'L’audit',
    ]);
    expect(
      claimantsOf('Les relevés indiquent que la nappe phréatique a baissé de trois mètres.'),
    ).toEqual(['Les relevés']);
    expect(
      claimantsOf('Les projections indiquent que la ville perdra mille habitants d’ici 2030.'),
    ).toEqual(['Les projections']);
  });
});

describe('rules engine: a document of the previous speaker', () => {
  it('"Son rapport annuel, publié en mai, indiquait …" is the previous speaker’s', () => {
    expect(
      claimantsOf(
        'Pour l’Observatoire des loyers, la hausse n’a rien de passager. Son rapport annuel, publié en mai, indiquait que les loyers avaient doublé en dix ans.',
      ),
    ).toEqual(['l’Observatoire des loyers', 'l’Observatoire des loyers']);
  });
});
