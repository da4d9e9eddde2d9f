import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/rules.js';

/**
 * Issue 11, round 6: "écarter" rules a hypothesis out ("la police écarte la piste criminelle",
 * LVF: écarter une hypothèse = rejeter) only when its object is a hypothesis, a charge or an
 * act; "écarte trois joueurs", "écarte les branches" move things aside and state nothing. All
 * sentences written for these tests.
 */
const brief = (text: string): string[][] =>
  claimsOf(text).map((c) => [c.claimant, c.stance, c.quote]);

describe('rules engine: ruling a hypothesis out denies it', () => {
  it.each([
    [
      'Le procureur écarte la piste criminelle dans la mort du randonneur.',
      [['Le procureur', 'denies', 'écarte la piste criminelle dans la mort du randonneur']],
    ],
    [
      'La police a interpellé le conducteur et écarte à ce stade un acte malveillant.',
      [['La police', 'denies', 'écarte à ce stade un acte malveillant']],
    ],
    [
      'Les enquêteurs ont écarté l’hypothèse d’un incendie volontaire.',
      [['Les enquêteurs', 'denies', 'ont écarté l’hypothèse d’un incendie volontaire']],
    ],
    ['L’entraîneur a écarté trois joueurs du groupe.', []],
    ['Le jardinier écarte les branches du vieux chêne.', []],
  ])('%s', (sentence, expected) => {
    expect(brief(sentence)).toEqual(expected);
  });
});
