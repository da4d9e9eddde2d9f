import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import type { Claim } from '../src/types.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const claimsOf = (text: string): [string | null, string, string][] =>
  analyseWithRules(resultOf(text)).claims.map((c: Claim) => [c.claimant, c.stance, c.quote]);

// Sentences written for these tests (issue 11): verb groups the reporting-verb scan missed.
describe('rules engine: negated compound verb forms', () => {
  it('a finding denied in a compound tense denies, from the negation on: "n\'a pas démontré"', () => {
    expect(
      claimsOf("L'enquête des pompiers n'a pas démontré de lien entre la panne et l'incendie."),
    ).toEqual([
      ["L'enquête des pompiers", 'denies', "n'a pas démontré de lien entre la panne et l'incendie"],
    ]);
    expect(claimsOf('Les analyses ne l’ont jamais établi avec certitude.')).toEqual([
      ['Les analyses', 'denies', 'ne l’ont jamais établi avec certitude'],
    ]);
  });

  it('a reporting verb negated in a compound tense attributes nothing to its subject', () => {
    expect(claimsOf("La ministre n'a jamais affirmé que la taxe serait supprimée.")).toEqual([]);
    expect(claimsOf("Le club ne l'a pas démenti devant les supporters.")).toEqual([]);
  });
});

// Sentences written for these tests (issue 11): an incise between auxiliary and participle.
describe('rules engine: a stressed pronoun or short incise inside a compound tense', () => {
  it('"a, elle, demandé", "a, lui aussi, dénoncé": the verb is found, the subject stays', () => {
    expect(claimsOf('La directrice a, elle, demandé un audit complet des comptes.')).toEqual([
      ['La directrice', 'asserts', 'a, elle, demandé un audit complet des comptes'],
    ]);
    expect(
      claimsOf('Le syndicat a, lui aussi, affirmé que la fermeture du service était décidée.'),
    ).toEqual([['Le syndicat', 'asserts', 'la fermeture du service était décidée']]);
    expect(
      claimsOf('Le maire avait, de son côté, démenti toute fermeture de l’école du village.'),
    ).toEqual([
      [
        'Le maire',
        'denies',
        'Le maire avait, de son côté, démenti toute fermeture de l’école du village',
      ],
    ]);
  });
});

// Sentences written for these tests (issue 11): a second reporting verb coordinated by "et".
describe('rules engine: a second coordinated reporting verb', () => {
  it('"… et confirme que Q" gives Q to the same speaker, as its own statement', () => {
    expect(
      claimsOf(
        'La rectrice indique que les cours reprendront lundi et confirme que deux classes resteront fermées.',
      ),
    ).toEqual([
      ['La rectrice', 'asserts', 'les cours reprendront lundi'],
      ['La rectrice', 'asserts', 'deux classes resteront fermées'],
    ]);
  });

  it('"… et dénonce un NP", "… et réclame NP": a request or accusation without "que" too', () => {
    expect(
      claimsOf(
        'Le collectif estime que le loyer est trop élevé et réclame une baisse immédiate des charges.',
      ),
    ).toEqual([
      ['Le collectif', 'asserts', 'le loyer est trop élevé'],
      ['Le collectif', 'asserts', 'réclame une baisse immédiate des charges'],
    ]);
    expect(
      claimsOf('La fédération affirme que le match était truqué et conteste le résultat final.'),
    ).toEqual([
      ['La fédération', 'asserts', 'le match était truqué'],
      ['La fédération', 'denies', 'conteste le résultat final'],
    ]);
  });

  it('a second verb in the future or conditional belongs to the reported clause', () => {
    expect(
      claimsOf(
        "Le maire a indiqué qu'il fermerait la piscine et demanderait une aide à la région.",
      ),
    ).toEqual([
      ['Le maire', 'asserts', 'il fermerait la piscine et demanderait une aide à la région'],
    ]);
  });
});

// Sentences written for these tests (issue 11): lexicon rows and constructions seen missing.
describe('rules engine: lexicon constructions', () => {
  it('"se remémorer" reports through a quotation, inverted or not; its bare object is no statement', () => {
    expect(
      claimsOf(
        '« Le fleuve gelait chaque hiver, on le traversait à pied », se remémore Lucien Morel.',
      ),
    ).toEqual([
      ['Lucien Morel', 'asserts', 'Le fleuve gelait chaque hiver, on le traversait à pied'],
    ]);
    expect(claimsOf('La doyenne se remémorait les étés passés au bord du lac.')).toEqual([]);
  });

  it('"quand X dénonçait un « … »": the subject of a temporal clause speaks', () => {
    expect(
      claimsOf(
        'L’accord a surpris les capitales, quand le Portugal dénonçait une « provocation inutile ».',
      ),
    ).toContainEqual(['le Portugal', 'asserts', 'dénonçait une « provocation inutile »']);
  });

  it('"décrit X comme Y" states Y; "décrit « … »" reports the quotation; a bare object narrates', () => {
    expect(claimsOf('La ministre décrit le projet comme une chance pour toute la vallée.')).toEqual(
      [['La ministre', 'reports', 'décrit le projet comme une chance pour toute la vallée']],
    );
    expect(claimsOf('Le juge décrit « une enquête bâclée du début à la fin ».')).toEqual([
      ['Le juge', 'reports', 'une enquête bâclée du début à la fin'],
    ]);
    expect(claimsOf('Le guide décrit la façade du château avec précision.')).toEqual([]);
  });
});
