import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const placesOf = (text: string): string[] =>
  analyseWithRules(resultOf(text))
    .entities.filter((e) => e.type === 'LOCATION')
    .map((e) => e.name);

// Sentences written for these tests (issue 11, entities round 3: places).
describe('rules engine: places', () => {
  it('knows capitals and the big cities of French-speaking countries, even at a sentence start', () => {
    expect(
      placesOf(
        'Genève a voté oui. Dakar et Ottawa attendent, Liège hésite. On en parle à Rabat et à Berne.',
      ),
    ).toEqual(['Genève', 'Dakar', 'Ottawa', 'Liège', 'Rabat', 'Berne']);
  });

  it('takes a compound name after a place preposition, and compound town names anywhere', () => {
    expect(
      placesOf(
        'Elle a grandi à Saint-Brévin puis à Villers-Cotterêts. Le marché de Bar-sur-Loup ferme.',
      ),
    ).toEqual(['Saint-Brévin', 'Villers-Cotterêts', 'Bar-sur-Loup']);
  });

  it('takes the name after an administrative division as a place', () => {
    expect(
      placesOf(
        'Le canton de Glaris et la région de Murcie ont signé, comme la commune de Plouvié ' +
          'et la province du Hainaut.',
      ),
    ).toEqual([
      'canton de Glaris',
      'région de Murcie',
      'commune de Plouvié',
      'province du Hainaut',
    ]);
  });
});

describe('rules engine: countries by their usual French names', () => {
  it('knows the long and the short forms the press uses beside the CLDR names', () => {
    expect(
      placesOf(
        'La République tchèque, la Birmanie, la RDC, la Centrafrique, le Vatican, la Palestine et ' +
          'Macao ont réagi.',
      ),
    ).toEqual([
      'Tchéquie',
      'Myanmar',
      'République démocratique du Congo',
      'République centrafricaine',
      'Vatican',
      'Palestine',
      'Macao',
    ]);
  });
});

describe('rules engine: places that are also first names', () => {
  it('reads "Florence Dupuy" as a person and "à Florence" as a place', () => {
    const names = analyseWithRules(
      resultOf('Florence Dupuy a parlé hier. Elle vit à Florence depuis 2010.'),
    ).entities.map((e) => `${e.name}/${e.type}`);
    expect(names).toEqual(['Florence Dupuy/PERSON', 'Florence/LOCATION']);
  });
});
