/** File names from titles (`--out DIR`): letters kept, long titles cut between words. */
import { describe, expect, it } from 'vitest';
import { slugify } from '../src/render/out.js';

describe('slugify', () => {
  it('spells out ligatures and letters that have no accent to strip', () => {
    expect(slugify("Dans l'œil du cyclone")).toBe('dans-l-oeil-du-cyclone');
    expect(slugify('Ex æquo, Straße, Łódź, Øresund')).toBe('ex-aequo-strasse-lodz-oresund');
  });

  it('keeps letters of other scripts instead of dropping them', () => {
    expect(slugify('Москва: заявление Чуйкова')).toBe('москва-заявление-чуйкова');
  });

  it('cuts a long title at a word boundary, within 80 characters', () => {
    const title =
      "Le gouvernement annonce une réforme d'ampleur de l'assurance chômage pour les travailleurs indépendants";
    const slug = slugify(title);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe(
      'le-gouvernement-annonce-une-reforme-d-ampleur-de-l-assurance-chomage-pour-les',
    );
  });

  it('cuts a single very long word at 80 characters and is never empty', () => {
    expect(slugify('x'.repeat(120))).toBe('x'.repeat(80));
    expect(slugify('!!!')).toBe('article');
  });
});
