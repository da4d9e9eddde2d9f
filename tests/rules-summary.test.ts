import { describe, expect, it } from 'vitest';
import { analyseWithRules, findMissedClaims } from '../src/rules/index.js';
import { summarise } from '../src/rules/summary.js';
import type { Claim } from '../src/types.js';
import { extractResultOf } from './helpers/extract-result.js';

const ARTICLE = [
  'Le gouvernement a présenté mardi un plan de cybersécurité destiné aux hôpitaux publics du pays.',
  'Ce plan prévoit un budget de cinquante millions d’euros pour protéger les hôpitaux contre les attaques informatiques.',
  'Plusieurs hôpitaux ont été paralysés l’an dernier par des logiciels de rançon venus de l’étranger.',
  'Les syndicats de soignants jugent ce budget insuffisant au regard des besoins des hôpitaux.',
  'Le ministre a rappelé que la formation du personnel restait la première ligne de défense.',
  'Un premier bilan du plan de cybersécurité sera présenté aux députés au printemps prochain.',
].join(' ');

describe('rules engine: extractive summary', () => {
  it('keeps the lead, three sentences in text, and is deterministic', () => {
    const a = summarise(ARTICLE, 'Un plan pour les hôpitaux');
    expect(a.headline).toBe('Un plan pour les hôpitaux');
    expect(a.lang).toBe('fr');
    expect(a.text?.startsWith('Le gouvernement a présenté mardi')).toBe(true);
    expect(a.bullets.length).toBeGreaterThanOrEqual(3);
    expect(a.bullets.length).toBeLessThanOrEqual(5);
    for (const b of a.bullets) expect(ARTICLE).toContain(b);
    expect(summarise(ARTICLE, 'Un plan pour les hôpitaux')).toEqual(a);
  });

  it('says the summary is in the article’s language: extractive, it is never translated', () => {
    const english = extractResultOf(
      'The ministry presented a plan on Tuesday to protect public hospitals from cyberattacks across the country.',
    );
    english.article.lang = 'en';
    expect(analyseWithRules(english).summary.lang).toBe('en');
    expect(analyseWithRules(extractResultOf(ARTICLE)).summary.lang).toBe('fr');
  });

  it('never repeats a sentence of the summary text in its bullets', () => {
    const a = summarise(ARTICLE, null);
    expect(a.bullets.length).toBeGreaterThan(0);
    for (const b of a.bullets) expect(a.text).not.toContain(b);
  });

  it('falls back to the first sentence for the headline', () => {
    expect(summarise(ARTICLE, null).headline).toMatch(/^Le gouvernement/);
  });
});

describe('findMissedClaims', () => {
  const claim = (start: number, end: number, claimant = 'Reuters'): Claim => ({
    id: `c${start}`,
    claim: null,
    claimant,
    stance: 'asserts',
    certainty: 'certain',
    quote: 'le contrat aurait été signé en secret',
    quoteEn: null,
    span: { start, end },
    grounded: true,
    entities: [],
  });

  it('warns about rules claims no LLM claim overlaps', () => {
    const warnings = findMissedClaims([claim(0, 10), claim(50, 80, 'AFP')], [claim(5, 20)]);
    expect(warnings).toEqual([
      {
        code: 'POSSIBLY_MISSED_CLAIM',
        message: 'possibly missed claim: AFP: le contrat aurait été signé en secret',
      },
    ]);
  });
});
