import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import type { Claim } from '../src/types.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const claimsOf = (text: string): Array<[string, string]> =>
  analyseWithRules(resultOf(text)).claims.map((c: Claim) => [c.claimant, c.quote]);

// Sentences written for these tests (issue 11: speakers outside the sentence, incises).
describe('rules engine: incises and speakers around the statement', () => {
  it('splits a quotation interrupted by an incise; both parts are the speaker’s', () => {
    expect(
      claimsOf(
        '« Le chantier a pris trois ans de retard, reconnaît Paul Mercier, le directeur du port. Les coûts ont doublé depuis le début des travaux. »',
      ),
    ).toEqual([
      ['Paul Mercier', 'Le chantier a pris trois ans de retard'],
      ['Paul Mercier', 'Les coûts ont doublé depuis le début des travaux.'],
    ]);
  });

  it('splits on an inverted pronoun and on a dash incise', () => {
    const claims = claimsOf(
      'Claire Dumas dirige la bibliothèque. « Nous manquons de tout, soupire-t-elle. Les livres arrivent au compte-gouttes. »\n\n« Les lecteurs reviennent – observe Marc Petit dans son bureau. Ils veulent du calme. »',
    );
    expect(claims.map(([who]) => who)).toEqual([
      'Claire Dumas',
      'Claire Dumas',
      'Marc Petit',
      'Marc Petit',
    ]);
  });

  it('reads "Pour X," with a described speaker or a pronoun, and "à ses yeux"', () => {
    expect(
      claimsOf(
        'Pour les opposants au projet, le barrage menace toute la vallée en aval. Pour la géologue, « le sol ne supportera pas une telle charge ».',
      ),
    ).toEqual([
      ['les opposants au projet', 'le barrage menace toute la vallée en aval'],
      ['la géologue', 'le sol ne supportera pas une telle charge'],
    ]);
    expect(
      claimsOf(
        'Reuters publie une longue enquête. À ses yeux, le contrat a été signé dans la précipitation.',
      ).map(([who]) => who),
    ).toEqual(['Reuters']);
  });

  it('gives a "pour X," view as asserted and a "selon X" statement as reported', () => {
    const stances = analyseWithRules(
      resultOf(
        'Pour les urbanistes, la route coupe le village en deux. Selon le maire, les travaux dureront un an.',
      ),
    ).claims.map((c) => c.stance);
    expect(stances).toEqual(['asserts', 'reports']);
  });

  it('never reads "pour" with a thing or a time as an attribution', () => {
    expect(
      claimsOf('Pour la première fois, le conseil municipal a voté le budget en une heure.'),
    ).toEqual([]);
    expect(claimsOf('Pour le climat, cette décision change beaucoup de choses.')).toEqual([]);
  });

  it('takes an embedded tweet’s author from its signature line', () => {
    expect(
      claimsOf(
        'Le débat a pris de l’ampleur en ligne.\n\nLa ligne 4 restera fermée tout le week-end pour travaux https://t.co/AbCdEf1234\n\n— Régie des transports (@RegieTransports) May 3, 2021\n\nLes usagers ont protesté.',
      ),
    ).toEqual([
      ['Régie des transports', 'La ligne 4 restera fermée tout le week-end pour travaux'],
    ]);
  });

  it('a tweet states its first sentence, without its label of emoji and hashtags', () => {
    expect(
      claimsOf(
        'La mairie a réagi en ligne.\n\n⚠️ #Crue | La Loire pourrait déborder dès jeudi soir. Merci aux pompiers ! Restez chez vous si possible.\n\n— Mairie de Blois (@VilleDeBlois) March 4, 2021',
      ),
    ).toEqual([['Mairie de Blois', 'La Loire pourrait déborder dès jeudi soir.']]);
  });
});

describe('rules engine: quotation marks', () => {
  it('reads “ … “term” … ” as one quotation, as « … « … » … »', () => {
    expect(
      claimsOf(
        '“Les “fausses nouvelles” circulent plus vite que les vraies sur les réseaux”, explique la sociologue Anne Roy.',
      ),
    ).toEqual([
      ['Anne Roy', 'Les “fausses nouvelles” circulent plus vite que les vraies sur les réseaux'],
    ]);
  });
});
