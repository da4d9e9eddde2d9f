import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/types.js';
import { claimsOf } from './helpers/rules.js';

const find = (text: string, start: string): Claim | undefined =>
  claimsOf(text).find((c) => c.quote.startsWith(start));

// Sentences written for these tests (issue 11: "X, qui affirme que …" was missed).
describe('rules engine: a relative clause after a comma reports for its noun', () => {
  it('", qui affirme que …" and ", qui dit avoir …" speak for the name before the comma', () => {
    const a = find(
      'Les digues ont cédé près de Lyon, selon la préfecture, puis à Valence, qui affirme que les secours sont arrivés trop tard, dit le journal.',
      'les secours',
    );
    expect(a?.quote).toBe('les secours sont arrivés trop tard');
    expect(a?.claimant).toBe('Valence');
    const b = find(
      'Ces usines sont surveillées par Greenpeace, qui dit en avoir inspecté douze en 2021.',
      'en avoir',
    );
    expect(b?.quote).toBe('en avoir inspecté douze en 2021');
    expect(b?.claimant).toBe('Greenpeace');
  });

  it('", qui critique …": the verb phrase is the statement of the body named (its acronym)', () => {
    const claim = find(
      "L'Autorité de la concurrence (ADLC), qui critique sévèrement cette fusion.",
      'critique',
    );
    expect(claim?.quote).toBe('critique sévèrement cette fusion');
    expect(claim?.claimant).toBe('ADLC');
  });

  it('the relative statement replaces the whole sentence its verb gave to the same speaker', () => {
    expect(
      claimsOf(
        'Le collectif Vigie Air, qui affirme mesurer la pollution mieux que quiconque, y compris à Lyon, a publié sa carte.',
      ).map((c) => c.quote),
    ).toEqual(['mesurer la pollution mieux que quiconque, y compris à Lyon']);
  });

  it('", qui dit rejeter …" denies through its infinitive', () => {
    const claim = find(
      'Le club a publié un communiqué, signé par Nantes, qui dit rejeter fermement ces accusations.',
      'rejeter',
    );
    expect(claim?.stance).toBe('denies');
  });

  it('a relative that reports nothing gives no claim', () => {
    expect(claimsOf('Il a rencontré Marie, qui ajoute du sel dans la soupe.')).toEqual([]);
  });
});
