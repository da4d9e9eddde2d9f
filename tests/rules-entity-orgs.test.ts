import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const entitiesOf = (text: string): string[] =>
  analyseWithRules(resultOf(text)).entities.map((e) => `${e.name}/${e.type}`);

// Sentences written for these tests (issue 11, entities round 3: organisations and media).
describe('rules engine: organisations, media and acronyms', () => {
  it('keeps "de la"/"de l’" inside a capitalised name', () => {
    expect(entitiesOf('Il siège au Conseil Supérieur de la Pêche depuis mars.')).toEqual([
      'Conseil Supérieur de la Pêche/ORG',
    ]);
  });

  it('knows agencies, press agencies, broadcasters and platforms, even at a sentence start', () => {
    const names = entitiesOf(
      'Anses et Efsa divergent, a dit un expert à France Inter. Belga l’a confirmé sur Instagram.',
    );
    expect(names).toEqual(
      expect.arrayContaining(['Anses/ORG', 'Efsa/ORG', 'France Inter/ORG', 'Belga/ORG']),
    );
  });

  it('does not take the acronym of a common noun for an organisation', () => {
    expect(entitiesOf('Le PIB recule, la TVA monte et les OGM inquiètent la CFDT.')).toEqual([
      'CFDT/ORG',
    ]);
  });

  it('drops a two-letter code in brackets after a place', () => {
    expect(
      entitiesOf('Un incendie a touché une ferme à Plouvien (BZ) et à Morges (VD) mardi.'),
    ).toEqual(['Plouvien/LOCATION', 'Morges/LOCATION']);
  });

  it('ties a bracketed acronym to the institution right before it when a word is skipped', () => {
    const a = analyseWithRules(
      resultOf(
        'L’Agence nationale de contrôle des routes et des réseaux ferroviaires (ANCR) a parlé. ' +
          'Selon l’ANCR, tout va bien.',
      ),
    );
    expect(a.entities.map((e) => e.mentions)).toEqual([
      ['Agence nationale de contrôle des routes et des réseaux ferroviaires', 'ANCR'],
    ]);
  });
});

describe('rules engine: more class nouns and city governments', () => {
  it('types a name after a company, brand or club noun as an organisation', () => {
    expect(
      entitiesOf(
        'La multinationale Brovex, la marque Zilo et le club Ardoisiers ont signé avec l’enseigne Marbrin.',
      ),
    ).toEqual(['Brovex/ORG', 'Zilo/ORG', 'Ardoisiers/ORG', 'Marbrin/ORG']);
  });

  it('takes "la Ville de X" as the city government and "la ville de X" as the place', () => {
    expect(entitiesOf('La Ville de Trélou a voté, la mairie de Brévin aussi.')).toEqual([
      'Ville de Trélou/ORG',
      'mairie de Brévin/ORG',
    ]);
    expect(entitiesOf('Il pleut dans la ville de Trélou.')).toEqual(['ville de Trélou/LOCATION']);
  });

  it('takes a name after a natural feature or a district noun as a place', () => {
    expect(
      entitiesOf('Le lac de Vassivière, l’île de Batz et le quartier de Bellevue sont calmes.'),
    ).toEqual([
      'lac de Vassivière/LOCATION',
      'île de Batz/LOCATION',
      'quartier de Bellevue/LOCATION',
    ]);
  });
});
