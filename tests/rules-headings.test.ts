import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/rules.js';

const quotesOf = (text: string): string[] => claimsOf(text).map((c) => c.quote);

// Sentences written for these tests (issue 11, area F, precision): a heading that announces the
// statement told in the paragraph under it is the same statement twice; the gold convention
// (bench/gold-real/README.md) annotates the body's occurrence only. A heading that is the only
// place of its statement stays.
describe('rules engine: a heading repeating the statement of its paragraph is no second claim', () => {
  it('a heading in the present, the body in the past, words reordered', () => {
    const text = [
      'Le Brésil réclame une « trêve immédiate » dans le conflit au Soudan',
      'Le Brésil a réclamé mercredi une « trêve immédiate » dans le conflit qui ravage le Soudan depuis deux ans, a indiqué son ministère des Affaires étrangères.',
    ].join('\n\n');
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatch(/^a réclamé mercredi une « trêve immédiate »/u);
  });

  it('an inverted heading whose body quotes the speaker at length', () => {
    const text = [
      'Les prix de l’énergie vont baisser cet hiver, assure la ministre',
      'La ministre de l’Énergie a assuré lundi que les prix de l’énergie allaient baisser dès cet hiver pour les ménages. « Nous tiendrons cet engagement », a-t-elle ajouté.',
    ].join('\n\n');
    const quotes = quotesOf(text);
    expect(quotes).toContain('Nous tiendrons cet engagement');
    expect(quotes.some((q) => q.startsWith('Les prix de l’énergie vont baisser cet hiver'))).toBe(
      false,
    );
    expect(quotes.filter((q) => /baisser/u.test(q))).toHaveLength(1);
  });

  it('a live-blog item: time, dash, then the statement told again below in other words', () => {
    const text = [
      '9h12 - Le Japon dit avoir intercepté deux missiles au large d’Okinawa',
      '« Nos forces ont intercepté deux missiles balistiques au large d’Okinawa ce matin », rapporte le ministère japonais de la Défense dans un communiqué.',
    ].join('\n\n');
    const quotes = quotesOf(text);
    expect(quotes).toEqual([
      'Nos forces ont intercepté deux missiles balistiques au large d’Okinawa ce matin',
    ]);
  });

  it('keeps a heading whose paragraph tells something else (the heading is its only place)', () => {
    const text = [
      'La Turquie a livré des drones à l’Éthiopie, affirme Nairobi',
      'Au lendemain d’une journée de combats dans le nord du pays, les secours ont dégagé trois villages isolés par les pluies. Les routes restent fermées.',
    ].join('\n\n');
    expect(quotesOf(text)).toEqual(['La Turquie a livré des drones à l’Éthiopie']);
  });

  it('keeps a body sentence that repeats a heading: only headings are dropped', () => {
    const text = [
      'Le maire a promis de rénover la piscine municipale avant l’été. Le maire a promis de rénover la piscine municipale avant l’été, a répété son adjoint.',
      'Les travaux commenceront en mars.',
    ].join('\n\n');
    expect(claimsOf(text).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps two headings in a row and a heading that ends its text', () => {
    const text = [
      'La Turquie a livré des drones à l’Éthiopie, affirme Nairobi',
      'Le Kenya dit avoir fermé sa frontière, affirme la presse locale',
    ].join('\n\n');
    expect(quotesOf(text)).toHaveLength(2);
  });
});
