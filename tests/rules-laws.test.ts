import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/rules/entities.js';

const laws = (text: string): string[] =>
  extractEntities(text)
    .filter((e) => e.type === 'LAW')
    .map((e) => e.name);

describe('rules engine: laws and decrees by their cue word', () => {
  it('takes a numbered or dated legal text as LAW', () => {
    const text =
      'Le syndicat conteste le décret n°2021-457 et attaque la loi n° 12 de 2019. ' +
      'Une ordonnance de mars 2020 avait déjà changé la règle, comme la Constitution de 1958 le permet.';
    expect(laws(text)).toEqual([
      'décret n°2021-457',
      'loi n° 12 de 2019',
      'ordonnance de mars 2020',
      'Constitution de 1958',
    ]);
  });

  it('leaves a bare cue word and a loi without number or date alone', () => {
    const text = 'La loi de la jungle règne, dit-il. Le règlement intérieur change en 2020.';
    expect(laws(text)).toEqual([]);
  });
});
