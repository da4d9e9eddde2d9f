import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/types.js';
import { claimsOf } from './helpers/rules.js';

const only = (text: string): Claim => {
  const claims = claimsOf(text);
  expect(claims).toHaveLength(1);
  return claims[0] as Claim;
};

// Sentences written for these tests (issue 11): a stance given in the passive belongs to the agent.
describe('rules engine: passives of denial and judgement verbs', () => {
  it('an apposition "…, démentis par X" is a denial by X, agent included in the quote', () => {
    const c = only(
      'Le journal évoque des versements occultes au club, des faits aussitôt démentis par le président du club.',
    );
    expect(c.stance).toBe('denies');
    expect(c.claimant).toBe('le président du club');
    expect(c.quote).toBe('des faits aussitôt démentis par le président du club');
  });

  it('"contestée par", "rejetés par" in an apposition deny, the agent a list of names', () => {
    const c = only(
      'Les premières mesures de pollution, désormais contestées par Veolia et Suez, datent de mai.',
    );
    expect(c.stance).toBe('denies');
    expect(c.claimant).toMatch(/^Veolia/u);
    expect(c.quote).toBe('désormais contestées par Veolia et Suez');
  });

  it('a clause in the passive gives the clause, without its agent, to the agent', () => {
    const c = only(
      'Depuis lundi, ces chiffres sont vivement contestés par les syndicats de la SNCF.',
    );
    expect(c.stance).toBe('denies');
    expect(c.claimant).toBe('les syndicats de la SNCF');
    expect(c.quote).toBe('ces chiffres sont vivement contestés');
  });

  it('a judgement in the passive is the agent’s assertion ("vanté par", "considéré comme … par")', () => {
    const v = only(
      'Le remède, vanté par plusieurs influenceurs dès janvier pour soigner la grippe, reste interdit.',
    );
    expect(v.stance).toBe('asserts');
    expect(v.claimant).toBe('plusieurs influenceurs');
    expect(v.quote).toBe('vanté par plusieurs influenceurs dès janvier pour soigner la grippe');
    const c = only(
      'Avant la crise, ce colorant était considéré comme sans danger pour les enfants par la Haute Autorité de santé.',
    );
    expect(c.stance).toBe('asserts');
    expect(c.claimant).toBe('la Haute Autorité de santé');
    expect(c.quote).toBe('ce colorant était considéré comme sans danger pour les enfants');
  });

  it('the apposition is cut from the statement it follows, which keeps its own stance', () => {
    const claims = claimsOf(
      'Le quotidien affirmait que des fonds publics avaient été détournés par le maire, des accusations démenties en bloc par la mairie.',
    );
    expect(claims.map((c) => [c.claimant, c.stance, c.quote])).toEqual([
      ['Le quotidien', 'asserts', 'des fonds publics avaient été détournés par le maire'],
      ['la mairie', 'denies', 'des accusations démenties en bloc par la mairie'],
    ]);
  });

  it('"par" that names no one, a vote or a negated passive give no claim', () => {
    expect(claimsOf('Le texte a été rejeté par 54 voix contre 12 mardi soir.')).toEqual([]);
    expect(claimsOf('Ces chiffres, démentis par la suite, ont beaucoup circulé.')).toEqual([]);
    expect(claimsOf("Cette version n'a jamais été contestée par les enquêteurs.")).toEqual([]);
    expect(claimsOf('Le colis a été livré par un coursier à vélo.')).toEqual([]);
  });
});
