import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const ofType =
  (type: string) =>
  (text: string): string[] =>
    analyseWithRules(resultOf(text))
      .entities.filter((e) => e.type === type)
      .map((e) => e.name);
const placesOf = ofType('LOCATION');
const personsOf = ofType('PERSON');

// Sentences written for these tests (issue 11, session 6: lexical coverage of places). None of
// the names has a cue word or a place preposition before it: only the table can know them.
describe('rules engine: places known from public lists', () => {
  it('knows French towns over 10,000 inhabitants, at a sentence start and as a subject', () => {
    expect(
      placesOf(
        'Quimperlé et Concarneau ont rouvert leurs écoles. Mérignac attend, Vénissieux proteste. ' +
          'Entre Thionville et Haguenau, les élus de Rezé ont voté.',
      ),
    ).toEqual([
      'Quimperlé',
      'Concarneau',
      'Mérignac',
      'Vénissieux',
      'Thionville',
      'Haguenau',
      'Rezé',
    ]);
  });

  it('knows towns of the world the French press names without a cue', () => {
    expect(
      placesOf(
        'Les frappes ont touché Kherson, puis Zaporijia. Koursk et Belgorod ont été visées. ' +
          'Guangdong exporte, Chengdu importe. Kankan, Labé et Nzérékoré ont voté.',
      ),
    ).toEqual([
      'Kherson',
      'Zaporijia',
      'Koursk',
      'Belgorod',
      'Guangdong',
      'Chengdu',
      'Kankan',
      'Labé',
      'Nzérékoré',
    ]);
  });

  it('knows seas, rivers and regions of the world written with a lower-case head', () => {
    expect(
      placesOf(
        'Des navires croisent en mer Rouge et dans le golfe Persique. La Garonne et le Danube ' +
          'débordent. Le commerce avec l’Asie centrale progresse.',
      ),
    ).toEqual(['mer Rouge', 'golfe Persique', 'Garonne', 'Danube', 'Asie centrale']);
  });

  it('leaves a town name that is a first name, or a common word, to its context', () => {
    // "Florence Martin" is a person; "Nancy Durand" too; "Sens" opening a sentence is no place.
    const text =
      'Florence Martin a parlé. Nancy Durand a répondu. Sens interdit pour les camions, dit-elle.';
    expect(placesOf(text)).toEqual([]);
    expect(personsOf(text)).toEqual(['Florence Martin', 'Nancy Durand']);
  });
});

const entitiesOf = (text: string) => analyseWithRules(resultOf(text)).entities;

// Invented place names: only the division noun before them can say they are places.
describe('rules engine: places named by a division noun', () => {
  it('takes the name after a division and an adjective of place as a place of its own', () => {
    expect(
      placesOf(
        'Les combats ont repris dans la région russe de Valdorsk. Le port de la ville portuaire ' +
          'de Kermanec est fermé, comme celui de la province côtière du Tamarel.',
      ),
    ).toEqual(['Valdorsk', 'Kermanec', 'Tamarel']);
  });

  it('types every place of a list after a plural division noun', () => {
    expect(
      placesOf(
        'Les troupes avancent autour des localités de Valdorsk, Bremivka et Kostiany. ' +
          'Les communes de Plouzénec et Kerlavan ont fermé leurs écoles.',
      ),
    ).toEqual(['Valdorsk', 'Bremivka', 'Kostiany', 'Plouzénec', 'Kerlavan']);
  });

  it('keeps the bare name among the mentions of a place named with its division', () => {
    const place = entitiesOf('La province du Tamarel a voté.').find((e) => e.type === 'LOCATION');
    expect(place?.mentions).toEqual(['province du Tamarel', 'Tamarel']);
  });

  it('reaches a known name that a division word opens, and keeps its lower-case end', () => {
    expect(placesOf('Des tirs ont visé la mer de Chine orientale, loin de la Chine.')).toEqual([
      'mer de Chine orientale',
      'Chine',
    ]);
  });

  it('takes no person, body or adverbial for a place after a division noun', () => {
    const text =
      'La ville natale de Victor Hugo attire. La région tout entière de Lucie Martin souffre. ' +
      'La commune a porté plainte avec Vertal.';
    expect(placesOf(text)).toEqual([]);
  });
});

describe('rules engine: a known place opening a longer name', () => {
  it('keeps a body named after its city whole, and splits a place from a person after it', () => {
    const text =
      'La société chinoise Kherson Tolvar Electric a signé. « Rien ne bouge », tranche à ' +
      'Kherson Taras Brin, un ancien maire. Depuis Dakar Ousmane Kéba Diallo a répondu.';
    expect(placesOf(text)).toEqual(['Kherson', 'Dakar']);
    expect(entitiesOf(text).map((e) => e.name)).toContain('Kherson Tolvar Electric');
  });
});
