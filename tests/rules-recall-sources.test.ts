import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/rules.js';

const quotes = (text: string): string[] => claimsOf(text).map((c) => c.quote);

// Sentences written for these tests (issue 11, area D, round 6: statements missed on unseen pages).
describe('rules engine: the source after "selon" / "d\'après"', () => {
  it('any noun phrase after "selon" names a source, listed as a speaker noun or not', () => {
    const cases: [string, string][] = [
      [
        'Selon les militaires, le tunnel servait de dépôt d’armes.',
        'le tunnel servait de dépôt d’armes',
      ],
      [
        'D’après les témoignages recueillis par la gendarmerie, le conducteur roulait trop vite.',
        'le conducteur roulait trop vite',
      ],
      [
        'Selon des images de vidéosurveillance, l’homme serait entré par une fenêtre.',
        'l’homme serait entré par une fenêtre',
      ],
      [
        'Les loyers ont encore augmenté au printemps, d’après d’anciens cadres de l’agence.',
        'Les loyers ont encore augmenté au printemps',
      ],
      [
        'La piscine, selon les pompiers volontaires du canton, avait été évacuée à temps.',
        'La piscine, selon les pompiers volontaires du canton, avait été évacuée à temps',
      ],
    ];
    for (const [sentence, quote] of cases) expect(quotes(sentence)).toContain(quote);
  });

  it('a stressed pronoun opening the sentence is the previous speaker: "Selon lui, …"', () => {
    const text =
      'Le maire de Vannes a présenté son budget mardi. Selon lui, la dette de la ville a baissé de moitié. ' +
      'D’après elle, la préfète ne signera jamais ce budget.';
    const claims = claimsOf(text);
    expect(claims.map((c) => c.quote)).toContain('la dette de la ville a baissé de moitié');
    expect(claims.map((c) => c.quote)).toContain('la préfète ne signera jamais ce budget');
  });

  it('"selon" as "depending on" names no source: regions, cases, seasons, likelihood', () => {
    for (const sentence of [
      'Selon les régions, les prix du fioul varient du simple au double.',
      'Selon les cas, la peine peut être portée à dix ans de prison.',
      'Selon la saison, le parc ouvre ses portes à neuf ou dix heures.',
      'Selon toute vraisemblance, le match sera reporté à dimanche.',
      'Les tarifs changent selon leur âge, et les enfants entrent gratuitement.',
      'Il est probable que, selon les disciplines, les revues comptent davantage que les livres.',
    ])
      expect(quotes(sentence)).toEqual([]);
  });
});
