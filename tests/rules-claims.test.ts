import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import type { Claim } from '../src/types.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';
import { claimsOf } from './helpers/rules.js';

const only = (text: string): Claim => {
  const claims = claimsOf(text);
  expect(claims).toHaveLength(1);
  return claims[0] as Claim;
};

describe('rules engine: direct quotations', () => {
  it('finds the speaker before the quote (verb and colon)', () => {
    const c = only('Le ministre Paul Durand a déclaré : « Nous ne céderons rien sur ce dossier ».');
    expect(c.claimant).toBe('Paul Durand');
    expect(c.quote).toBe('Nous ne céderons rien sur ce dossier');
    expect(c.stance).toBe('asserts');
    expect(c.certainty).toBe('certain');
  });

  it('finds the speaker after an inverted verb and its adverbial ("dit en substance le rapport")', () => {
    const c = only(
      "« Il faut fermer la centrale avant l'hiver prochain », dit en substance le rapport.",
    );
    expect(c.claimant).toBe('le rapport');
    expect(c.quote).toBe("Il faut fermer la centrale avant l'hiver prochain");
  });

  it('finds the speaker after the quote, inverted', () => {
    const c = only('« Les livraisons reprendront dès le mois prochain », explique Reuters.');
    expect(c.claimant).toBe('Reuters');
    const d = only(
      '« Aucune donnée client n’a été touchée » affirme le groupe dans un communiqué.',
    );
    expect(d.claimant).toBe('le groupe');
  });

  it('resolves "ajoute-t-elle" and "Il ajoute" to the previous speaker', () => {
    const claims = claimsOf(
      '« Le calendrier sera tenu sans difficulté », assure Orange. « Les équipes sont déjà mobilisées sur place », ajoute-t-elle.\n\nLa directrice Claire Morel estime que le projet avance bien. Elle ajoute que les coûts restent maîtrisés.',
    );
    expect(claims.map((c) => c.claimant)).toEqual([
      'Orange',
      'Orange',
      'Claire Morel',
      'Claire Morel',
    ]);
  });

  it('resolves "la société" to the organisation named last', () => {
    const claims = claimsOf(
      'Le scandale touche aussi Nokia, habituellement discrète. Ainsi, la société affirme que « rien ne justifie ces soupçons répétés ».',
    );
    expect(claims[0]?.claimant).toBe('Nokia');
  });

  it('keeps a described organisation that names itself ("Le groupe PSA"), capitals and all', () => {
    const claims = claimsOf(
      'Selon L’Express, Huawei fournira les modems. Le groupe PSA, lui, balaie ces craintes.',
    );
    expect(claims.map((c) => c.claimant)).toEqual(['L’Express', 'Le groupe PSA']);
  });

  it('resolves a singular description after a list to the organisation named last, not the list', () => {
    const claims = claimsOf(
      'Apple et Amazon démentent avoir trouvé ces puces. Le géant du commerce en ligne conteste aussi toute collaboration avec le FBI.',
    );
    expect(claims.map((c) => c.claimant)).toEqual(['Apple et Amazon', 'Amazon']);
  });

  it('continues a quotation across a sentence after "selon X"', () => {
    const claims = claimsOf(
      'Selon un diplomate européen, la négociation est dans l’impasse. « Personne ne veut faire le premier pas aujourd’hui ».',
    );
    expect(claims).toHaveLength(2);
    expect(claims[1]?.claimant).toBe('un diplomate européen');
  });

  it('ignores short quoted terms without a speaker', () => {
    expect(claimsOf('Le dispositif, baptisé « bouclier numérique », coûte cher.')).toEqual([]);
  });
});

describe('rules engine: reported speech and stance', () => {
  it('"X affirme que" asserts the clause after que', () => {
    const c = only('Le constructeur Renault affirme que la production reprendra lundi.');
    expect(c.quote).toBe('la production reprendra lundi');
    expect(c.stance).toBe('asserts');
  });

  it('inversion "affirme-t-il" at the end', () => {
    const text =
      'Le directeur Marc Lenoir a pris la parole. Les résultats sont solides, affirme-t-il.';
    const claims = claimsOf(text);
    expect(claims.at(-1)?.claimant).toBe('Marc Lenoir');
    expect(claims.at(-1)?.quote).toBe('Les résultats sont solides');
  });

  it('denial verbs give denies, never asserts', () => {
    expect(only('Le fabricant Dell dément avoir livré des serveurs piégés.').stance).toBe('denies');
    expect(only('Google nie que ses ingénieurs aient eu accès aux données.').stance).toBe('denies');
    expect(only('Samsung réfute catégoriquement ces accusations sans fondement.').stance).toBe(
      'denies',
    );
    const c = only('« Nous n’avons jamais reçu la moindre demande de ce type », déclare Orange.');
    expect(c.stance).toBe('denies');
  });

  it('selon / d’après report, with the conditional as possible', () => {
    const c = only('Selon Reuters, le contrat aurait été signé en secret.');
    expect(c.claimant).toBe('Reuters');
    expect(c.stance).toBe('reports');
    expect(c.certainty).toBe('possible');
    expect(only('D’après Le Monde, le ministre quittera ses fonctions.').stance).toBe('reports');
    expect(only('Le budget sera voté demain, selon l’AFP.').claimant).toBe('l’AFP');
  });

  it('"ne … jamais" denies in the past and present, but a pledge or norm asserts', () => {
    expect(only('Le fabricant affirme que ses ingénieurs ne l’ont jamais vu.').stance).toBe(
      'denies',
    );
    expect(
      only(
        '« Les prestataires étrangers ne devraient jamais accéder à ces serveurs », a déclaré le ministre.',
      ).stance,
    ).toBe('asserts');
    expect(
      only('Le ministre affirme que les prestataires ne pourront jamais y accéder.').stance,
    ).toBe('asserts');
  });

  it('after a past reporting verb the conditional is concordance, not a hedge', () => {
    const past = only('Le ministère a annoncé qu’il ne ferait plus appel à ce prestataire.');
    expect([past.stance, past.certainty]).toEqual(['asserts', 'certain']);
    const imparfait = only('Le groupe affirmait que ses serveurs seraient livrés en mars.');
    expect([imparfait.stance, imparfait.certainty]).toEqual(['asserts', 'certain']);
    // In the present, or under a conditional verb, it still hedges.
    const present = only('Le ministère affirme que le prestataire aurait menti.');
    expect([present.stance, present.certainty]).toEqual(['reports', 'possible']);
    const hedged = only('Le ministère aurait annoncé qu’il ne ferait plus appel à ce prestataire.');
    expect(hedged.certainty).toBe('possible');
  });

  it('"pour X," attributes only with a named or described source', () => {
    expect(only('Pour Microsoft, cette décision protège les clients européens.').claimant).toBe(
      'Microsoft',
    );
    expect(claimsOf('Pour le moment, aucune date de livraison n’a été fixée.')).toEqual([]);
  });

  it('questions: se demander, and question marks', () => {
    expect(
      only('Le sénateur Paul Martin se demande si le contrat était vraiment nécessaire.').stance,
    ).toBe('questions');
    expect(only('« Qui a autorisé cet accès aux serveurs ? », s’interroge Mediapart.').stance).toBe(
      'questions',
    );
  });

  it('hedges give probable; the imperfect is not a conditional', () => {
    expect(only('Selon Reuters, la fuite vient probablement d’un sous-traitant.').certainty).toBe(
      'probable',
    );
    expect(only('Selon Reuters, le groupe considérait déjà cette option.').certainty).toBe(
      'certain',
    );
  });

  it('keeps every name of a list subject, and "autrement dit" reports nothing', () => {
    expect(only('Nokia, Ericsson et Orange démentent ces informations.').claimant).toBe(
      'Nokia, Ericsson et Orange',
    );
    expect(claimsOf('Autrement dit, la règle ne change pas pour les clients.')).toEqual([]);
  });

  it('skips negated reporting verbs', () => {
    expect(claimsOf('Le ministère ne confirme pas cette information.')).toEqual([]);
  });
});

describe('rules engine: claim invariants', () => {
  const text =
    'Selon Reuters, la fusion serait annoncée mardi.\n\n« Nous étudions toutes les options », a déclaré le patron de Renault.';

  it('spans index the original text exactly, and claims are grounded', () => {
    const { claims } = analyseWithRules(resultOf(text));
    expect(claims.length).toBe(2);
    for (const c of claims) {
      expect(c.span).not.toBeNull();
      expect(text.slice(c.span?.start, c.span?.end)).toBe(c.quote);
      expect(c.grounded).toBe(true);
      expect(c.claim).toBeNull();
      expect(c.quoteEn).toBeNull();
    }
  });

  it('ids are stable across runs and link entities', () => {
    const a = analyseWithRules(resultOf(text));
    const b = analyseWithRules(resultOf(text));
    expect(a.claims.map((c) => c.id)).toEqual(b.claims.map((c) => c.id));
    expect(a.entities.map((e) => e.id)).toEqual(b.entities.map((e) => e.id));
    const reuters = a.entities.find((e) => e.name === 'Reuters');
    expect(a.claims[0]?.entities).toContain(reuters?.id);
  });

  it('fills the Analysis envelope', () => {
    const a = analyseWithRules(resultOf(text, 'Fusion en vue'));
    expect(a.engine).toBe('rules');
    expect(a.model).toBeNull();
    expect(a.usage).toBeNull();
    expect(a.summary.lang).toBe('fr');
    expect(a.warnings.map((w) => w.code)).toContain('NOT_TRANSLATED');
  });
});
