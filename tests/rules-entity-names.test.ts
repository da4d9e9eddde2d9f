import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const entitiesOf = (text: string): string[] =>
  analyseWithRules(resultOf(text)).entities.map((e) => `${e.name}/${e.type}`);

// Sentences written for these tests (issue 11, entities round 3: names and organisations).
describe('rules engine: name boundaries and organisation shapes', () => {
  it('leaves the civility out of a name, so "Mme Lagarde" is the Odile Lagarde named before', () => {
    const a = analyseWithRules(
      resultOf('Odile Lagarde dirige le service. Selon Mme Lagarde, le budget est tenu.'),
    );
    expect(a.entities.map((e) => `${e.name}/${e.type}`)).toEqual(['Odile Lagarde/PERSON']);
    expect(a.entities[0]?.mentions).toEqual(['Odile Lagarde', 'Lagarde']);
  });

  it('keeps "of" inside an English name and types English institutions by their head word', () => {
    const names = entitiesOf(
      'Le Bulletin of Marine Ecology a publié l’étude. Elle associe Kyoto University, ' +
        'Rennes Université et la Brighton School of Design.',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Bulletin of Marine Ecology/ORG',
        'Kyoto University/ORG',
        'Rennes Université/ORG',
        'Brighton School of Design/ORG',
      ]),
    );
    expect(names.filter((n) => n.endsWith('/PERSON'))).toEqual([]);
  });

  it('does not take two capitalised words after an article for a person', () => {
    const names = entitiesOf(
      'Elle a fait les Arts Décoratifs avant de rejoindre le Grand Orchestre, puis Julie Viard.',
    );
    expect(names).toContain('Julie Viard/PERSON');
    expect(names.filter((n) => n.endsWith('/PERSON'))).toEqual(['Julie Viard/PERSON']);
  });

  it('takes a lower-case institution word written right before a name into the name', () => {
    const names = entitiesOf(
      'Des chercheurs de l’université Libre de Flandre et de l’institut Morvan ont répondu.',
    );
    expect(names).toEqual(['université Libre de Flandre/ORG', 'institut Morvan/ORG']);
  });

  it('keeps a coordinated complement in an institution’s name', () => {
    const names = entitiesOf(
      'L’Agence fédérale de la sûreté nucléaire et des déchets radioactifs a publié un avis. ' +
        'L’Institut national des sols et des eaux souterraines aussi.',
    );
    expect(names).toEqual([
      'Agence fédérale de la sûreté nucléaire et des déchets radioactifs/ORG',
      'Institut national des sols et des eaux souterraines/ORG',
    ]);
  });

  it('ties an acronym to its expansion when it takes more than one letter of a word', () => {
    const a = analyseWithRules(
      resultOf(
        'L’Office cantonal de la viticulture (OCVI) a tranché. Plus tard, l’OCVI a précisé sa position.',
      ),
    );
    expect(a.entities.map((e) => e.mentions)).toEqual([
      ['Office cantonal de la viticulture', 'OCVI'],
    ]);
  });

  it('takes institutions named after an organisation word as organisations', () => {
    const names = entitiesOf(
      'Les danseurs de l’Opéra de Lyon et les élèves du Conservatoire de Tulle manifestent.',
    );
    expect(names).toEqual(['Opéra de Lyon/ORG', 'Conservatoire de Tulle/ORG']);
  });
});

describe('rules engine: a capitalised elision at a sentence start', () => {
  it('is no part of the name that follows the common word it elides', () => {
    expect(
      entitiesOf('L’université Lyon-Nord est fermée. Les cours reprennent à Lyon-Nord lundi.'),
    ).toEqual(['université Lyon-Nord/ORG']);
  });
});

describe('rules engine: more name shapes (round 3)', () => {
  it('knows a known person by the surname alone', () => {
    expect(entitiesOf('La réforme voulue par Macron passe mal.')).toEqual([
      'Emmanuel Macron/PERSON',
    ]);
  });

  it('never ends a name with a determiner (a title line glued to a name)', () => {
    expect(entitiesOf('Revue Tissages Les chemins du lin : un numéro réussi.')).toEqual([
      'Revue Tissages/ORG',
    ]);
  });

  it('types publishers, reviews and institutions ending in -icole', () => {
    expect(
      entitiesOf(
        'Les éditions Brisant publient la revue Ondulations ; la Caisse centrale agricole paie.',
      ),
    ).toEqual(['éditions Brisant/ORG', 'Ondulations/ORG', 'Caisse centrale agricole/ORG']);
  });

  it('emits diseases and viruses as OTHER from the gazetteer, and still no untyped guess', () => {
    const a = analyseWithRules(
      resultOf('Le Covid-19 et le VIH reculent, dit Marc Olier. Le Brimbal aussi.'),
    );
    expect(a.entities.filter((e) => e.type === 'OTHER').map((e) => e.name)).toEqual([
      'Covid-19',
      'VIH',
    ]);
  });
});

describe('rules engine: titles of doctors and professors', () => {
  it('takes the name after "le Pr" or "la Dre" as a person, without the title', () => {
    const a = analyseWithRules(
      resultOf('Le Pr Lemarchal et la Dre Ouvrard ont signé. Selon le Pr Lemarchal, tout va bien.'),
    );
    expect(a.entities.map((e) => `${e.name}/${e.type}`)).toEqual([
      'Lemarchal/PERSON',
      'Ouvrard/PERSON',
    ]);
  });
});

describe('rules engine: middle initials', () => {
  it('keeps a middle initial inside the name, and knows the person without it', () => {
    expect(entitiesOf('Donald J. Trump a répondu. Plus tard, Lucie K. Brandt a confirmé.')).toEqual(
      ['Donald Trump/PERSON', 'Lucie K. Brandt/PERSON'],
    );
  });
});
