import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const entitiesOf = (text: string): string[] =>
  analyseWithRules(resultOf(text)).entities.map((e) => `${e.name}/${e.type}`);

// Sentences written for these tests (issue 11, session 7: institutions, streets and clubs named
// by their shape, across court reports, city-hall stories, sports reports and faits-divers).
describe('rules engine: courts and public bodies before a place', () => {
  it('takes a court, a prosecution office or an institute with its complement and its place', () => {
    expect(
      entitiesOf(
        'Le prévenu a fait appel devant la cour d’appel de Mons. Le parquet de Verviers ' +
          'a requis deux ans, et le tribunal de première instance de Namur a tranché. ' +
          'L’autopsie a eu lieu à l’institut de médecine légale de Lausanne.',
      ),
    ).toEqual([
      'cour d’appel de Mons/ORG',
      'parquet de Verviers/ORG',
      'tribunal de première instance de Namur/ORG',
      'institut de médecine légale de Lausanne/ORG',
    ]);
  });

  it('keeps a capitalised court name whole, with its two-word complement', () => {
    expect(entitiesOf('Le Tribunal de grande instance de Créteil a été saisi lundi.')).toEqual([
      'Tribunal de grande instance de Créteil/ORG',
    ]);
  });

  it('takes the court, not its president, and no body before a person', () => {
    expect(
      entitiesOf(
        'Le président du tribunal de commerce de Liège a parlé. La cour de récréation de ' +
          'Jean est fermée, et un syndicat de policiers de Marseille proteste.',
      ),
    ).toEqual(['tribunal de commerce de Liège/ORG', 'Marseille/LOCATION']);
  });

  it('types a local body named by its acronym and its town, and a police zone', () => {
    expect(
      entitiesOf(
        'Le CPAS d’Anderlecht, le CHU de Liège et la zone de police Vesdre ont signé, ' +
          'comme la zone de police de Charleroi.',
      ),
    ).toEqual([
      'CPAS d’Anderlecht/ORG',
      'CHU de Liège/ORG',
      'zone de police Vesdre/ORG',
      'zone de police de Charleroi/ORG',
    ]);
  });

  it('drops a portfolio after a role with an adjective of level or nation', () => {
    expect(
      entitiesOf(
        'La ministre fédérale de la Santé a réuni le comité. Le ministre wallon de l’Économie, ' +
          'Pierre-Yves Lambot, était absent.',
      ),
    ).toEqual(['Pierre-Yves Lambot/PERSON']);
  });

  it('ends a body’s name before a case against another body ("contre le canton de …")', () => {
    expect(entitiesOf('Le litige oppose la Ville de Sion contre le canton du Valais.')).toEqual([
      'Ville de Sion/ORG',
      'canton du Valais/LOCATION',
    ]);
  });
});

describe('rules engine: parties in brackets and adjectives closing a name', () => {
  it('reads a known party in brackets after a person as the party, not a canton code', () => {
    expect(
      entitiesOf(
        'Le ministre Arnaud Delvaux (MR) a répondu à Sarah Lemaire (PS), élue à Nyon (VD).',
      ),
    ).toEqual([
      'Arnaud Delvaux/PERSON',
      'MR/ORG',
      'Sarah Lemaire/PERSON',
      'Parti socialiste/ORG',
      'Nyon/LOCATION',
    ]);
  });

  it('takes a second adjective joined by "et", and participles that close a committee', () => {
    expect(
      entitiesOf(
        'La Fédération wallonne et bruxelloise a saisi le Comité interministériel restreint, ' +
          'puis la Commission mixte.',
      ),
    ).toEqual([
      'Fédération wallonne et bruxelloise/ORG',
      'Comité interministériel restreint/ORG',
      'Commission mixte/ORG',
    ]);
  });

  it('takes no "et" that joins a body to the next noun', () => {
    expect(entitiesOf('La Fédération wallonne et les communes ont signé.')).toEqual([
      'Fédération wallonne/ORG',
    ]);
  });
});

describe('rules engine: streets, squares and buildings', () => {
  it('takes the street or square noun with the name, even a person’s name', () => {
    expect(
      entitiesOf(
        'Les manifestants sont partis de la place Flagey vers la rue de la Loi, puis ont ' +
          'remonté la rue Jean Jaurès et la chaussée de Louvain.',
      ),
    ).toEqual([
      'place Flagey/LOCATION',
      'rue de la Loi/LOCATION',
      'rue Jean Jaurès/LOCATION',
      'chaussée de Louvain/LOCATION',
    ]);
  });

  it('keeps a known place after a building as the place, and a known body as the body', () => {
    expect(
      entitiesOf(
        'Il a été vu près de la gare de Namur, au stade de Sclessin puis au palais de l’Élysée.',
      ),
    ).toEqual(['Namur/LOCATION', 'stade de Sclessin/LOCATION', 'Élysée/ORG']);
  });

  it('reads a capitalised street at a sentence start as a place, not a person', () => {
    expect(entitiesOf('Avenue Louise, les commerces ferment. Place Flagey, on danse.')).toEqual([
      'Avenue Louise/LOCATION',
      'Place Flagey/LOCATION',
    ]);
  });

  it('reads a capitalised building or square with its complement as a place', () => {
    expect(
      entitiesOf('Le match du Palais des Sports de Gand a eu lieu près du Parc Léopold.'),
    ).toEqual(['Palais des Sports de Gand/LOCATION', 'Parc Léopold/LOCATION']);
  });

  it('types an English square as a place, but not a French body named after it', () => {
    expect(entitiesOf('Ils ont défilé à Union Square puis sur Times Square.')).toEqual([
      'Union Square/LOCATION',
      'Times Square/LOCATION',
    ]);
    expect(entitiesOf('Elle dirige la Fondation de Union Square.')).toEqual([
      'Fondation de Union Square/ORG',
    ]);
  });

  it('takes no "place de" that stands for a person or a role', () => {
    const names = entitiesOf(
      'Il a pris la place de Dupont au conseil. Elle siège à la place du Premier ministre.',
    );
    expect(names.filter((n) => n.startsWith('place'))).toEqual([]);
  });
});

describe('rules engine: legal forms', () => {
  it('types a company or an association by its legal form, before or after the name', () => {
    expect(
      entitiesOf(
        'L’asbl Solidarité Grands Froids a alerté Parkeon SPRL et la fiduciaire Morand Sàrl.',
      ),
    ).toEqual(['Solidarité Grands Froids/ORG', 'Parkeon SPRL/ORG', 'Morand Sàrl/ORG']);
  });

  it('takes no possessive "sa" for a legal form', () => {
    expect(entitiesOf('Il a revu sa Clio et Lucie Marchal.')).toEqual(['Lucie Marchal/PERSON']);
  });
});

describe('rules engine: clubs', () => {
  it('types a club by its prefix, an English-looking "AS" included', () => {
    expect(
      entitiesOf('Le FC Vaduz a battu l’AS Roma, et le RSC Anderlecht a battu le KV Oostende.'),
    ).toEqual(['FC Vaduz/ORG', 'AS Roma/ORG', 'RSC Anderlecht/ORG', 'KV Oostende/ORG']);
  });

  it('keeps the city apart from the club named after it', () => {
    expect(entitiesOf('Liège a voté le budget, mais le Standard de Liège a perdu.')).toEqual([
      'Liège/LOCATION',
      'Standard de Liège/ORG',
    ]);
  });
});
