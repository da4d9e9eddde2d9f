import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import { lookupGazetteer } from '../src/rules/gazetteer.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const entitiesOf = (text: string): string[] =>
  analyseWithRules(resultOf(text)).entities.map((e) => `${e.name}/${e.type}`);

// Sentences written for these tests (issue 11, session 7: places and bodies of the
// French-speaking press outside France, from the public lists cited in the gazetteer files).
describe('rules engine: Belgian places and bodies', () => {
  it('knows the Brussels communes and Walloon towns with no preposition before them', () => {
    expect(
      entitiesOf('Jette, Etterbeek et Auderghem ont voté contre. Seraing et Fleurus hésitent.'),
    ).toEqual([
      'Jette/LOCATION',
      'Etterbeek/LOCATION',
      'Auderghem/LOCATION',
      'Seraing/LOCATION',
      'Fleurus/LOCATION',
    ]);
  });

  it('names federal services, social-security offices and unions by their acronyms', () => {
    expect(
      entitiesOf(
        'Le SPF Justice a écrit à l’ONSS. Selon l’Onem, la FGTB et la CSC ont été reçues.',
      ),
    ).toEqual([
      'SPF Justice/ORG',
      'Office national de sécurité sociale/ORG',
      "Office national de l'emploi/ORG",
      'Fédération générale du travail de Belgique/ORG',
      'Confédération des syndicats chrétiens/ORG',
    ]);
  });

  it('knows the Flemish cities by their French and their Dutch names as one place', () => {
    expect(lookupGazetteer('Malines')?.name).toBe('Malines');
    expect(lookupGazetteer('Mechelen')?.name).toBe('Malines');
    expect(lookupGazetteer('Courtrai')?.type).toBe('LOCATION');
  });
});

describe('rules engine: Swiss, Quebec and African places and bodies', () => {
  it('knows Swiss towns and federal offices (a Swiss political story)', () => {
    expect(
      entitiesOf('À Renens comme à Carouge, l’UDC et le PLR critiquent l’OFSP.').map(
        (n) => n.split('/')[1],
      ),
    ).toEqual(['LOCATION', 'LOCATION', 'ORG', 'ORG', 'ORG']);
  });

  it('knows Quebec municipalities, regions and parties (a city-hall story)', () => {
    expect(
      entitiesOf(
        'Terrebonne et Repentigny, dans Lanaudière, ont rejoint Québec solidaire et la CSN.',
      ),
    ).toEqual([
      'Terrebonne/LOCATION',
      'Repentigny/LOCATION',
      'Lanaudière/LOCATION',
      'Québec solidaire/ORG',
      'Confédération des syndicats nationaux/ORG',
    ]);
  });

  it('knows regions and parties of French-speaking Africa', () => {
    expect(
      entitiesOf('Le RHDP a gagné à Yopougon et à Gagnoa, tandis que le Pastef reste fort.'),
    ).toEqual([
      'Rassemblement des houphouëtistes pour la démocratie et la paix/ORG',
      'Yopougon/LOCATION',
      'Gagnoa/LOCATION',
      'Pastef/ORG',
    ]);
  });
});

describe('rules engine: near-misses of the French-speaking gazetteers', () => {
  it('reads "Le Soir" as the daily and "le soir" as a time', () => {
    expect(entitiesOf('Le Soir a révélé l’affaire le soir même.')).toEqual(['Le Soir/ORG']);
  });

  it('knows a title without its article, as a sentence opener is dropped before it', () => {
    expect(entitiesOf('L’affaire a été révélée par Le Canard enchaîné.')).toEqual([
      'Le Canard enchaîné/ORG',
    ]);
  });

  it('takes no place from a name that folds to an article and a common word', () => {
    expect(entitiesOf('La Chine et L’Église ont répondu.')).toEqual(['Chine/LOCATION']);
  });

  it('takes no place from communes named like common words at a sentence start', () => {
    expect(
      entitiesOf('Manage et bouillon ne sont pas des lieux ici. Clavier neuf, écran neuf.'),
    ).toEqual([]);
  });
});
