import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const entitiesOf = (text: string): string[] =>
  analyseWithRules(resultOf(text)).entities.map((e) => `${e.name}/${e.type}`);

// Sentences written for these tests (issue 11: entities on real pages).
describe('rules engine: entity typing on real-page habits', () => {
  it('emits no untyped guess (OTHER); an unknown single name that speaks is a person', () => {
    const a = analyseWithRules(
      resultOf(
        'Le marché de Plouzorg a rouvert. « Le quartier change trop vite », glisse Zorglub.',
      ),
    );
    expect(a.entities.filter((e) => e.type === 'OTHER')).toEqual([]);
    expect(a.entities.map((e) => e.name)).not.toContain('Plouzorg');
    const zorglub = a.entities.find((e) => e.name === 'Zorglub');
    expect(zorglub?.type).toBe('PERSON');
    expect(a.claims.map((c) => [c.claimant, c.entities])).toEqual([['Zorglub', [zorglub?.id]]]);
  });

  it('types a two-word capitalised name without other evidence as a person', () => {
    expect(entitiesOf('Hier, Lucie Martin a quitté la réunion avant la fin.')).toContain(
      'Lucie Martin/PERSON',
    );
  });

  it('keeps the lower-case words of an institution’s name', () => {
    const names = entitiesOf(
      "Le rapport de l'Organisation mondiale de la santé est attendu. Le Rassemblement national et l'Académie d'agriculture ont réagi.",
    );
    expect(names).toContain('Organisation mondiale de la santé/ORG');
    expect(names).toContain('Rassemblement national/ORG');
    expect(names).toContain("Académie d'agriculture/ORG");
  });

  it('drops headings in capitals, link slugs, English months and editorial abbreviations', () => {
    const names = entitiesOf(
      'POINT SUR LA SITUATION\n\nLe texte (NDLR : publié en mars) circule. Voir https://t.co/Xy7abQ9kLm posté le 3 February 2021. Le PDG de Renault a parlé.',
    );
    expect(names.filter((n) => /POINT|NDLR|Xy7|February|PDG/u.test(n))).toEqual([]);
  });
});
