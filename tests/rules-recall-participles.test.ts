import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/rules.js';

const pairs = (text: string): string[][] => claimsOf(text).map((c) => [c.quote, c.claimant]);
const quotes = (text: string): string[] => claimsOf(text).map((c) => c.quote);

// Sentences written for these tests (issue 11, area D, round 6: statements missed on unseen pages).
describe('rules engine: a gerund of a reporting verb continues the speaker', () => {
  it('", en affirmant que …" is a statement of the speaker before it', () => {
    expect(
      pairs('Le préfet a confirmé l’incendie, en assurant que personne n’avait été blessé.'),
    ).toContainEqual(['personne n’avait été blessé', 'Le préfet']);
    expect(
      pairs(
        '« Les réserves sont pleines », a déclaré Claire Vidal, en précisant que les prix baisseraient avant l’hiver.',
      ),
    ).toContainEqual(['les prix baisseraient avant l’hiver', 'Claire Vidal']);
  });

  it('a gerund of another verb, or with a bare object, states nothing', () => {
    expect(quotes('Le joueur est sorti du terrain en claquant la porte du vestiaire.')).toEqual([]);
    expect(
      quotes('La chanteuse a gagné le concours en affirmant son style très personnel.'),
    ).toEqual([]);
  });
});

describe('rules engine: coordinated participles and requests', () => {
  it('"précisant que P et demandant à X de …" are two statements', () => {
    const found = quotes(
      'La maire a annoncé la fermeture de l’école, précisant que les cours reprendraient lundi et demandant aux parents de garder leurs enfants.',
    );
    expect(found).toContain('les cours reprendraient lundi');
    expect(found).toContain('demandant aux parents de garder leurs enfants');
  });

  it('a request participle with its infinitive is a statement; with a bare object it is not', () => {
    expect(
      quotes(
        'Le président du club a déploré les violences du match aller, appelant ses supporters à rester calmes samedi.',
      ),
    ).toContain('appelant ses supporters à rester calmes samedi');
    expect(
      quotes('Le directeur est entré dans la salle, demandant le silence aux élèves du fond.'),
    ).toEqual([]);
  });
});
