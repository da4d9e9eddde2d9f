import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const ofType = (text: string, type: string): string[] =>
  analyseWithRules(resultOf(text))
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

// Sentences written for these tests (issue 11, entities round 3: events, works, laws in words).
describe('rules engine: events by their cue words', () => {
  it('finds summits, games, wars, elections, conferences and national debates', () => {
    const text =
      'Après le sommet de Nairobi et les Jeux olympiques de 2032, on reparle de la guerre de ' +
      'Corée. La COP 31 et l’élection présidentielle de 2027 approchent ; les États généraux de ' +
      'la santé et le grand débat national sont loin. Le Festival de Lorient ouvre.';
    expect(ofType(text, 'EVENT')).toEqual([
      'sommet de Nairobi',
      'Jeux olympiques de 2032',
      'guerre de Corée',
      'COP 31',
      'élection présidentielle de 2027',
      'États généraux de la santé',
      'grand débat national',
      'Festival de Lorient',
    ]);
    // The place inside an event is not a place of its own.
    expect(ofType(text, 'LOCATION')).toEqual([]);
  });

  it('leaves common phrases alone', () => {
    expect(
      ofType('Le sommet de la montagne est loin. La guerre des prix continue.', 'EVENT'),
    ).toEqual([]);
  });
});

describe('rules engine: works by their cue words', () => {
  it('takes the title after a book, film or report noun as a PRODUCT', () => {
    const text =
      'Dans un livre intitulé Les heures creuses, puis dans un essai au titre clair : Le temps ' +
      'long. Le rapport annuel de l’observatoire « Villes en transition » le confirme.';
    expect(ofType(text, 'PRODUCT')).toEqual([
      'Les heures creuses',
      'Le temps long',
      'Villes en transition',
    ]);
  });

  it('does not take a quotation after a report noun for a title', () => {
    const text = 'Le rapport affirme que « les villes doivent agir vite ». Le livre est bon.';
    expect(ofType(text, 'PRODUCT')).toEqual([]);
  });
});

describe('rules engine: laws named in words', () => {
  it('takes a law named after a person or an acronym, or by its subject', () => {
    const text =
      'La loi Dufresne et la loi ALUR ont été contestées, comme la loi sur la sécurité des ' +
      'barrages et la loi d’orientation des mobilités rurales. Le traité de Lisbonne et le code ' +
      'du travail aussi.';
    expect(ofType(text, 'LAW')).toEqual([
      'loi Dufresne',
      'loi ALUR',
      'loi sur la sécurité des barrages',
      'loi d’orientation des mobilités rurales',
      'traité de Lisbonne',
      'code du travail',
    ]);
    expect(ofType(text, 'PERSON')).toEqual([]);
  });

  it('leaves idioms with "loi" alone', () => {
    expect(
      ofType(
        'La loi de la jungle règne et la loi du silence aussi, selon la loi du marché.',
        'LAW',
      ),
    ).toEqual([]);
  });
});
