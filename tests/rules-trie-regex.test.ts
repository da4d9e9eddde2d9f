import { describe, expect, it } from 'vitest';
import { trieAlternation } from '../src/rules/trie-regex.js';

describe('trieAlternation', () => {
  const words = ['affirme', 'affirment', 'affirmait', 'a', 'ajoute', "s'est", 'met en garde'];
  const re = new RegExp(`^(?:${trieAlternation(words)})$`, 'iu');

  it('matches every word and nothing else', () => {
    for (const w of words) expect(re.test(w), w).toBe(true);
    for (const w of ['affirm', 'affirmes', 'aj', 'ajouter', 'met en', ''])
      expect(re.test(w), w).toBe(false);
  });

  it('matches either apostrophe and ignores case under the i flag', () => {
    expect(re.test('s’est')).toBe(true);
    expect(re.test('AFFIRMENT')).toBe(true);
  });

  it('prefers the longest word at a position', () => {
    const m = new RegExp(trieAlternation(words), 'iu').exec('ils affirment que');
    expect(m?.[0]).toBe('affirment');
  });

  it('is factored: a shared prefix is written once', () => {
    expect(trieAlternation(['affirme', 'affirment']).match(/affirm/g)).toHaveLength(1);
  });

  it('compiles under the u flag whatever the words hold (hyphens, dots, brackets)', () => {
    const names = ['Marie-Pierre', 'Saint-Denis', 'M. Dupont', 'Office (OFAG)'];
    const re = new RegExp(`^(?:${trieAlternation(names)})$`, 'u');
    for (const w of names) expect(re.test(w), w).toBe(true);
    expect(re.test('MarieXPierre')).toBe(false);
  });
});
