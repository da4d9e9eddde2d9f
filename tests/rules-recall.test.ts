import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import type { Claim } from '../src/types.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const claimsOf = (text: string): Claim[] => analyseWithRules(resultOf(text)).claims;
const only = (text: string): Claim => {
  const claims = claimsOf(text);
  expect(claims).toHaveLength(1);
  return claims[0] as Claim;
};

// Sentences written for these tests (issue 11, area D: statements missed or cut on unseen pages).
describe('rules engine: recall of reported statements', () => {
  it('a time, a manner or an addressee between the verb and "que" keeps the clause alone', () => {
    const cases: [string, string][] = [
      [
        'Le maire a déclaré mardi soir que la piscine municipale fermerait en juillet.',
        'la piscine municipale fermerait en juillet',
      ],
      [
        'La préfète a expliqué à la presse locale que les routes seraient dégagées demain.',
        'les routes seraient dégagées demain',
      ],
      [
        'Le syndicat a indiqué dans un communiqué que la grève continuerait lundi.',
        'la grève continuerait lundi',
      ],
      [
        'Hélène Roux avait annoncé par avance qu’elle quitterait le conseil municipal.',
        'elle quitterait le conseil municipal',
      ],
    ];
    for (const [sentence, quote] of cases) expect(only(sentence).quote).toBe(quote);
  });

  it('a noun phrase before "que" is the object, not a way to the clause (a relative follows)', () => {
    const claim = only('Le maire a rappelé les promesses que le candidat avait faites en mars.');
    expect(claim.quote).not.toBe('le candidat avait faites en mars');
  });

  it('a day or an addressee between an inverted verb and its subject: "…, a précisé jeudi X"', () => {
    const a = only('Les travaux dureront deux ans, a précisé jeudi le président de la région.');
    expect(a.quote).toBe('Les travaux dureront deux ans');
    expect(a.claimant).toBe('le président de la région');
    const b = only(
      'La route restera fermée tout le week-end, a indiqué à la presse la préfecture.',
    );
    expect(b.quote).toBe('La route restera fermée tout le week-end');
    expect(b.claimant).toBe('la préfecture');
  });

  it('an infinitive complement is the statement, without its verb and subject', () => {
    const a = only('Le ministre de la Culture, Paul Leduc, a confié avoir reçu des menaces.');
    expect(a.quote).toBe('avoir reçu des menaces');
    expect(a.claimant).toBe('Paul Leduc');
    const b = only('La société affirme n’avoir jamais reçu la lettre de mise en demeure.');
    expect(b.quote).toBe('n’avoir jamais reçu la lettre de mise en demeure');
    expect(b.stance).toBe('denies');
  });
});
