/**
 * The claim feed's `claimantType` (schema.org author type) comes from the entity the claimant
 * names, found inside longer claimant phrases too, or from organisation words in the phrase:
 * `Le groupe PSA` and `Apple et Amazon` are not Person.
 */
import { describe, expect, it } from 'vitest';
import { claimantType } from '../src/claims/claimant-type.js';
import type { ClaimEntity } from '../src/store/index.js';

const ent = (
  name: string,
  type: ClaimEntity['type'],
  mentions: string[] = [name],
): ClaimEntity => ({
  name,
  type,
  mentions,
});

describe('claimantType', () => {
  it.each<[string, ClaimEntity[], 'Person' | 'Organization']>([
    ['Le groupe PSA', [ent('PSA', 'ORG')], 'Organization'],
    [
      'Apple et Amazon',
      [ent('Apple', 'ORG'), ent('Amazon', 'ORG', ['Amazon', 'AWS'])],
      'Organization',
    ],
    ['Le président Emmanuel Macron', [ent('Emmanuel Macron', 'PERSON', ['Macron'])], 'Person'],
    ["Tim Cook, patron d'Apple", [ent('Tim Cook', 'PERSON'), ent('Apple', 'ORG')], 'Person'],
    ['Pékin', [ent('Chine', 'LOCATION', ['Chine', 'Pékin'])], 'Organization'],
    ['Bloomberg', [ent('Bloomberg', 'ORG')], 'Organization'],
  ])('%s (from its entities)', (claimant, entities, expected) => {
    expect(claimantType(claimant, entities)).toBe(expected);
  });

  it.each<[string, 'Person' | 'Organization']>([
    ['Le groupe PSA', 'Organization'],
    ["le ministère de l'Intérieur", 'Organization'],
    ['La société Supermicro', 'Organization'],
    ['un porte-parole', 'Person'],
    ['Jean Dupont', 'Person'],
  ])('%s → %s (no entity: the words of the phrase)', (claimant, expected) => {
    expect(claimantType(claimant, [])).toBe(expected);
  });
});
