import { describe, expect, it } from 'vitest';
import { REPORTING_VERBS } from '../src/rules/verbs.js';
import type { Claim } from '../src/types.js';
import { claimsOf } from './helpers/rules.js';

const one = (text: string): Pick<Claim, 'claimant' | 'stance'> => {
  const claims = claimsOf(text);
  expect(claims, text).toHaveLength(1);
  const c = claims[0] as Claim;
  return { claimant: c.claimant, stance: c.stance };
};

// Sentences written for these tests: verbs of the LVF communication classes the engine missed.
describe('rules engine: the reporting-verb lexicon', () => {
  it('has no lemma twice', () => {
    const lemmas = REPORTING_VERBS.map((v) => `${v.reflexive === true ? 'se ' : ''}${v.lemma}`);
    expect(new Set(lemmas).size).toBe(lemmas.length);
  });

  it('reads statements introduced by "que" with verbs of saying and thinking', () => {
    expect(one('La directrice confie que le projet a failli être abandonné en mars.')).toEqual({
      claimant: 'La directrice',
      stance: 'asserts',
    });
    expect(one("L'avocat plaide que son client ignorait tout du montage financier.").claimant).toBe(
      "L'avocat",
    );
    expect(
      one('Le rapporteur considère que la réforme coûtera trop cher aux communes.').stance,
    ).toBe('asserts');
    expect(one('La défense argue que les écoutes ont été menées sans autorisation.').claimant).toBe(
      'La défense',
    );
    expect(one('Le médecin admet que le protocole a été appliqué avec retard.').stance).toBe(
      'asserts',
    );
    expect(one('Le rapport relève que les délais de paiement se sont allongés.').claimant).toBe(
      'Le rapport',
    );
    expect(
      one('La commission mentionne que trois sites ont déjà fermé leurs portes.').claimant,
    ).toBe('La commission');
    expect(one('Les riverains craignent que la nouvelle usine pollue la nappe.').claimant).toBe(
      'Les riverains',
    );
    expect(
      one('Le syndicat déplore que les salaires restent gelés depuis deux ans.').claimant,
    ).toBe('Le syndicat');
  });

  it('reads requests and accusations as the verb phrase', () => {
    expect(
      one('Le rapport préconise de fermer les deux centrales les plus anciennes avant 2030.')
        .claimant,
    ).toBe('Le rapport');
    expect(
      one("L'association dénonce le manque de moyens des services d'urgence de la région.")
        .claimant,
    ).toBe("L'association");
  });

  it('gives denies to denial verbs and "se défendre d\'avoir"', () => {
    expect(
      one("Le ministre se défend d'avoir favorisé l'entreprise de son beau-frère.").stance,
    ).toBe('denies');
    expect(
      one("L'entraîneur récuse les accusations de favoritisme portées contre lui.").stance,
    ).toBe('denies');
  });

  it('gives questions to "s\'interroger" and "douter"', () => {
    expect(
      one("L'économiste s'interroge sur la solidité de ces prévisions de croissance.").stance,
    ).toBe('questions');
    expect(one('Le juge doute que ces témoignages suffisent à établir les faits.').stance).toBe(
      'questions',
    );
  });

  it('finds the speaker of inverted verbs of manner after a quotation', () => {
    const claims = claimsOf(
      '« Nous avons tout perdu dans l’incendie de la grange », soupire Marie Lenoir. « Il faudra des années pour reconstruire », glisse son voisin. « Personne ne nous a prévenus à temps », lâche-t-il.',
    );
    expect(claims.map((c) => c.claimant)).toEqual(['Marie Lenoir', 'son voisin', 'son voisin']);
  });
});
