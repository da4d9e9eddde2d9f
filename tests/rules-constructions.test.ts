import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/types.js';
import { claimsOf } from './helpers/rules.js';

const only = (text: string): Claim => {
  const claims = claimsOf(text);
  expect(claims).toHaveLength(1);
  return claims[0] as Claim;
};

// Sentences written for these tests (issue 11: reporting constructions still missed).
describe('rules engine: more reporting constructions', () => {
  it('a trailing incise followed by a subordinate clause: "…, a assuré X, alors que …"', () => {
    const claim = only(
      'La ligne rouvrira avant la fin du mois, a assuré une porte-parole de la région, alors que les usagers attendent depuis juin.',
    );
    expect(claim.quote).toBe('La ligne rouvrira avant la fin du mois');
    expect(claim.claimant).toBe('une porte-parole de la région');
  });

  it('"comme l\'a souligné X, …" and "comme le rappelle X, …" attribute the main clause', () => {
    const a = only(
      'Cependant, comme l’a souligné la Cour des comptes (dans son rapport annuel), sollicitée sur ce point, le coût du chantier a doublé en trois ans.',
    );
    expect(a.quote).toBe('le coût du chantier a doublé en trois ans');
    expect(a.claimant).toMatch(/Cour des comptes/u);
    const b = only('Comme le rappelle le syndicat, les salaires sont gelés depuis 2019.');
    expect(b.quote).toBe('les salaires sont gelés depuis 2019');
    expect(b.claimant).toBe('le syndicat');
  });

  it('"selon lui" without commas and ", toujours selon X," inside the sentence report', () => {
    const a = claimsOf(
      'Le sociologue Paul Martin a publié un essai. La crise des loyers traduirait selon lui un abandon des villes moyennes.',
    ).find((c) => c.quote.startsWith('La crise'));
    expect(a?.claimant).toBe('Paul Martin');
    expect(a?.stance).toBe('reports');
    const b = only(
      'Parmi les blessés figuraient, toujours selon la préfecture, trois pompiers volontaires.',
    );
    expect(b.claimant).toBe('la préfecture');
    expect(b.stance).toBe('reports');
  });

  it('"Dans X, on apprend que …" gives the clause to X', () => {
    const claim = only(
      'Dans le rapport de la commission, on apprenait notamment que trois contrats avaient été signés sans appel d’offres.',
    );
    expect(claim.quote).toBe('trois contrats avaient été signés sans appel d’offres');
    expect(claim.claimant).toBe('le rapport de la commission');
  });

  it('"soulève que" reports', () => {
    expect(
      only("L'association soulève notamment que les loyers ont augmenté de 20 % en un an.").quote,
    ).toBe('les loyers ont augmenté de 20 % en un an');
  });

  it('a stated intention is the statement: "ont confirmé leur intention de …"', () => {
    const claim = only(
      'Alors que les autorités sanitaires ont confirmé leur intention de fermer la clinique, les élus locaux protestent.',
    );
    expect(claim.quote).toBe('leur intention de fermer la clinique');
    expect(claim.claimant).toBe('les autorités sanitaires');
  });

  it('"a fait part de sa volonté de …" states the intent', () => {
    expect(
      only('La mairie a fait part à plusieurs reprises de sa volonté de racheter le stade.').quote,
    ).toBe('sa volonté de racheter le stade');
  });

  it('an object clitic before the verb: "et le parquet l\'accuse d\'avoir …"', () => {
    const claim = only(
      'Le maire a signé les contrats sans vote, et le préfet l’accuse d’avoir favorisé une entreprise amie.',
    );
    expect(claim.quote).toBe('l’accuse d’avoir favorisé une entreprise amie');
    expect(claim.claimant).toBe('le préfet');
  });

  it('narration with the same words states nothing', () => {
    expect(claimsOf('Comme le veut la tradition, les enfants ouvrent le bal.')).toEqual([]);
    expect(claimsOf('Dans le jardin, on apprend aux enfants à planter des tomates.')).toEqual([]);
    expect(claimsOf('Le camion soulève un nuage de poussière sur la piste.')).toEqual([]);
    expect(claimsOf('Le berger les appelle chaque soir pour rentrer au village.')).toEqual([]);
  });
});
