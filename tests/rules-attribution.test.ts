import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/types.js';
import { claimsOf } from './helpers/rules.js';

const brief = (c: Claim): [string, string, string] => [c.claimant, c.stance, c.quote];

describe('rules engine: verbs that report only through a clause', () => {
  it('"a prévenu les autorités", "assure la sécurité", "répond aux questions" state nothing', () => {
    expect(claimsOf('Le fabricant aurait ensuite prévenu les autorités américaines.')).toEqual([]);
    expect(claimsOf('La gendarmerie assure la sécurité du sommet depuis lundi.')).toEqual([]);
    expect(claimsOf('Le ministre répond aux questions des députés chaque mardi.')).toEqual([]);
  });

  it('the same verbs report through que, or an infinitive complement', () => {
    expect(
      claimsOf('Le groupe assure également n’avoir jamais collaboré avec les enquêteurs.').map(
        brief,
      ),
    ).toEqual([
      // The infinitive complement is the statement, as a "que" clause is (gold convention).
      ['Le groupe', 'denies', 'n’avoir jamais collaboré avec les enquêteurs'],
    ]);
    expect(
      claimsOf('Le fabricant a prévenu que les livraisons seraient retardées.').map(brief),
    ).toEqual([['Le fabricant', 'asserts', 'les livraisons seraient retardées']]);
  });
});

describe('rules engine: subjects that are not the whole clause before the verb', () => {
  it('a comma-coordinated clause shares its subject: "Pékin se présente …, estime que"', () => {
    const claims = claimsOf(
      'Pékin se présente comme un défenseur de la cybersécurité, estime que la sécurité concerne tout le monde.',
    );
    expect(claims.map(brief)).toEqual([['Pékin', 'asserts', 'la sécurité concerne tout le monde']]);
  });

  it('a pronoun right before the verb is its subject, not the clause before the comma; "n’a rien dit" reports nothing', () => {
    const claims = claimsOf(
      'Supermicro n’a rien dit jeudi, avant de publier un texte dans lequel il affirme que ses cartes sont saines.',
    );
    expect(claims.map((c) => [c.claimant, c.quote])).toEqual([
      ['Supermicro', 'ses cartes sont saines'],
    ]);
  });
});

describe('rules engine: requests and accusations (verb phrase as statement)', () => {
  it('"exige", "réclame", "a demandé" without que: the verb phrase is the statement', () => {
    expect(
      claimsOf('Le maire de Lyon réclame une enquête sur l’incendie du marché couvert.').map(brief),
    ).toEqual([
      ['Le maire de Lyon', 'asserts', 'réclame une enquête sur l’incendie du marché couvert'],
    ]);
    expect(
      claimsOf('Le député Paul Martin a demandé au gouvernement un rapport sur les tarifs.').map(
        brief,
      ),
    ).toEqual([['Paul Martin', 'asserts', 'a demandé au gouvernement un rapport sur les tarifs']]);
  });

  it('"appelle … à" is a request; "appelle ce logiciel X" only names', () => {
    expect(
      claimsOf('Le ministère a appelé les différentes parties à renoncer aux accusations.').map(
        brief,
      ),
    ).toEqual([
      ['Le ministère', 'asserts', 'a appelé les différentes parties à renoncer aux accusations'],
    ]);
    expect(
      claimsOf('Les enquêteurs appellent ce logiciel espion Kestrix depuis le début.'),
    ).toEqual([]);
  });

  it('"réclame que" keeps the clause; "se demande" still questions', () => {
    const [c] = claimsOf('La ministre réclame que les opérateurs publient leurs tarifs.');
    expect(c?.quote).toBe('les opérateurs publient leurs tarifs');
    expect(claimsOf('Le ministre se demande si le projet aboutira un jour.')[0]?.stance).toBe(
      'questions',
    );
  });

  it('takes the subject after a subordinating "que", never inside an indirect question', () => {
    const [c] = claimsOf(
      'Les ventes ont chuté, au point que le ministre réclame un audit complet.',
    );
    expect(c?.claimant).toBe('le ministre');
    expect(c?.quote).toBe('réclame un audit complet');
    expect(claimsOf('Reste à savoir si la Commission exigera des garanties écrites.')).toEqual([]);
  });

  it('"accuse X de", "soupçonne X de": need "de"; relative "qui" stands for the noun before', () => {
    expect(
      claimsOf('Le syndicat Force ouvrière accuse la direction de bloquer les négociations.').map(
        brief,
      ),
    ).toEqual([
      ['Le syndicat Force ouvrière', 'asserts', 'accuse la direction de bloquer les négociations'],
    ]);
    expect(claimsOf('Le ministre Paul Durand accuse le coup après la défaite.')).toEqual([]);
    const [c] = claimsOf(
      'Le montage inquiète les enquêteurs, qui le soupçonnent de masquer des transferts de fonds.',
    );
    expect(c?.claimant).toBe('enquêteurs');
    expect(c?.quote).toBe('soupçonnent de masquer des transferts de fonds');
  });
});

describe('rules engine: two statements joined by "et"', () => {
  it('splits "X répond que …, et Y rappelle que …" into two speakers', () => {
    expect(
      claimsOf(
        'Orange répond que son réseau est sécurisé, et Free rappelle que ses antennes sont conformes.',
      ).map(brief),
    ).toEqual([
      ['Orange', 'asserts', 'son réseau est sécurisé'],
      // A company recalling its own facts asserts (round 6, telling.ts; the real-page gold).
      ['Free', 'asserts', 'ses antennes sont conformes'],
    ]);
  });

  it('splits a denial from a following "rappelle que" by the same speaker', () => {
    const claims = claimsOf(
      'La société Valmor a toujours rejeté ces critiques et rappelle qu’elle emploie trois mille salariés.',
    );
    expect(claims.map((c) => c.stance)).toEqual(['denies', 'reports']);
    expect(claims[1]?.quote).toBe('elle emploie trois mille salariés');
  });

  it('keeps "maintient X et rappelle que …" as one statement', () => {
    expect(
      claimsOf('Le journal maintient son enquête et rappelle qu’elle repose sur des documents.'),
    ).toHaveLength(1);
  });
});

describe('rules engine: denial cues', () => {
  it('"impossible" and universal negation deny; "impossible de" does not', () => {
    expect(claimsOf('Le constructeur Renault juge ce scénario impossible.')[0]?.stance).toBe(
      'denies',
    );
    expect(
      claimsOf('La banque Crédit Nord assure qu’aucun client n’a été touché par la fuite.')[0]
        ?.stance,
    ).toBe('denies');
    expect(
      claimsOf('Le ministre estime qu’il est impossible de prévoir la date du vote.')[0]?.stance,
    ).toBe('asserts');
  });
});

describe('rules engine: English reporting verbs', () => {
  it('"X said (that) …" up to the next clause; "told Y that"', () => {
    expect(
      claimsOf(
        'The mayor said that the bridge will reopen next spring, and he thanked the workers.',
      ).map(brief),
    ).toEqual([['The mayor', 'asserts', 'the bridge will reopen next spring']]);
    const [c] = claimsOf('Two officials told Reuters that the talks had stalled overnight.');
    expect(c?.quote).toBe('the talks had stalled overnight');
  });

  it('"according to X" reports; "described X as" needs "as"; "denied" denies', () => {
    expect(
      claimsOf('According to the company, sales rose by ten percent last year.').map(brief),
    ).toEqual([['the company', 'reports', 'sales rose by ten percent last year']]);
    expect(claimsOf('The report described the port as the busiest in the region.')[0]?.quote).toBe(
      'the port as the busiest in the region',
    );
    expect(claimsOf('The report described the port and its cranes in detail.')).toEqual([]);
    expect(
      claimsOf('The minister denied that any data had been shared with the buyer.')[0]?.stance,
    ).toBe('denies');
  });

  it('resolves "they" to the previous speaker', () => {
    const claims = claimsOf(
      'Acme Corp said the recall covers every model. They say the repairs will take a week.',
    );
    expect(claims.map((c) => c.claimant)).toEqual(['Acme Corp', 'Acme Corp']);
  });
});

describe('rules engine: "selon X" between commas', () => {
  it('attributes the whole sentence; "selon lui" stands for the previous speaker', () => {
    const claims = claimsOf(
      'La Cour des comptes estime que le budget dérape. Les dépenses devraient, selon elle, doubler d’ici à 2030. Le chantier a pris, d’après lui, deux ans de retard.',
    );
    expect(claims.map((c) => [c.claimant, c.stance])).toEqual([
      ['La Cour des comptes', 'asserts'],
      ['La Cour des comptes', 'reports'],
      ['La Cour des comptes', 'reports'],
    ]);
    expect(claims[1]?.quote).toBe('Les dépenses devraient, selon elle, doubler d’ici à 2030');
  });
});
