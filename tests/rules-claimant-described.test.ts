import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import type { Claim } from '../src/types.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const claimantsOf = (text: string): string[] =>
  analyseWithRules(resultOf(text)).claims.map((c: Claim) => c.claimant);

// Sentences written for these tests (issue 11, round 7): a pronoun whose antecedent is a person
// or a body described, never named.
describe('rules engine: "il" and "elle" continue a subject described, not named', () => {
  it('court report: "Il a affirmé" after "Le suspect, âgé de 34 ans, a été interpellé"', () => {
    expect(
      claimantsOf(
        "Le suspect, âgé de 34 ans, a été interpellé mardi à Charleroi. Il a affirmé aux enquêteurs qu'il n'était pas sur place.",
      ),
    ).toEqual(['Le suspect']);
  });

  it('sports: "Il estime" after "Le joueur a quitté le club"', () => {
    expect(
      claimantsOf(
        "Le joueur a quitté le club en juin. Il estime que l'entraîneur ne lui faisait plus confiance.",
      ),
    ).toEqual(['Le joueur']);
  });

  it('faits-divers: "Elle a déclaré" after the victim given an apposition', () => {
    expect(
      claimantsOf(
        "La victime, une septuagénaire, a été hospitalisée. Elle a déclaré qu'elle n'avait rien vu venir.",
      ),
    ).toEqual(['La victime']);
  });

  it('Belgian police: "Elle précise" after "La police de Bruxelles a ouvert une enquête"', () => {
    expect(
      claimantsOf(
        "La police de Bruxelles a ouvert une enquête. Elle précise qu'aucun blessé n'est à déplorer.",
      ),
    ).toEqual(['La police de Bruxelles']);
  });

  it('economics wire: a company described ("le conglomérat") is the company named before', () => {
    expect(
      claimantsOf(
        '8h47 - Nordtek voit ses commandes fléchir\n\nLe conglomérat industriel suédois a vu ses commandes se contracter de 3 %. Ses ventes ont chuté de 17 % en Europe, indique-t-il.',
      ),
    ).toEqual(['Nordtek']);
  });

  it('near miss: a thing opening the sentence is no antecedent ("La publication … Il ajoute")', () => {
    expect(
      claimantsOf(
        '« Le réseau est saturé », dit Marie Dupont. La publication de ce rapport sur Facebook est un aveu. Il ajoute que les délais explosent.',
      ).at(-1),
    ).not.toMatch(/publication/u);
  });

  it('near miss: a described subject of the other gender is not taken ("Le joueur … Elle")', () => {
    expect(
      claimantsOf(
        'La présidente du club, Sacha Morel, a reçu la presse. Le joueur a quitté le club en juin. Elle estime que le départ était inévitable.',
      ).at(-1),
    ).toBe('Sacha Morel');
  });
});

describe("rules engine: what someone said, told with a pronoun, and a client's lawyers", () => {
  it('"d\'après le récit qu\'elle livre" is the woman the pronoun stands for', () => {
    expect(
      claimantsOf(
        "Pour ce tête-à-tête, Sophie Binet est « arrivée avec son ordre du jour », d'après le récit qu'elle livre au journal.",
      ),
    ).toEqual(['Sophie Binet']);
  });

  it('"selon les propos qu\'il a tenus" is the man named before', () => {
    expect(
      claimantsOf(
        "Marc Leroy a quitté le Standard en juin. Selon les propos qu'il a tenus à la radio, l'entraîneur ne lui faisait plus confiance.",
      ),
    ).toEqual(['Marc Leroy']);
  });

  it('"selon ses avocats" stays the lawyers, not their client', () => {
    expect(
      claimantsOf(
        "Le chanteur Marc Leroy a été mis en examen. Selon ses avocats, il n'a jamais touché cet argent.",
      ),
    ).toEqual(['ses avocats']);
  });

  it('near miss: "son porte-parole" still speaks for the company', () => {
    expect(
      claimantsOf(
        "La société Nordtek a été condamnée. Selon son porte-parole, l'entreprise fera appel.",
      ),
    ).toEqual(['Nordtek']);
  });
});

describe('rules engine: "ce dernier" points past the subject to the person named last', () => {
  it('"X a rencontré Y. Ce dernier a affirmé" is Y', () => {
    expect(
      claimantsOf(
        'Marc Dubois a rencontré Paul Girard jeudi. Ce dernier a affirmé que le contrat était signé.',
      ),
    ).toEqual(['Paul Girard']);
  });

  it('"cette dernière" skips a man named after the woman', () => {
    expect(
      claimantsOf(
        "L'avocate Sacha Morel a rencontré le juge, M. Yannick Roux. Cette dernière a affirmé que son client était innocent.",
      ),
    ).toEqual(['Sacha Morel']);
  });
});

describe('rules engine: a run of "elle"/"il" continues the person described before its first one', () => {
  it('faits-divers: the hiker found by rescuers, described as an object, then "elle … Elle a raconté"', () => {
    expect(
      claimantsOf(
        "Les secours ont retrouvé la randonneuse dimanche soir au pied de la falaise. Elle était épuisée mais consciente. Elle a raconté qu'elle s'était perdue dans le brouillard.",
      ),
    ).toEqual(['la randonneuse']);
  });

  it('court report: the driver arrested, then "Il roulait … Il a reconnu"', () => {
    expect(
      claimantsOf(
        "Les gendarmes ont interpellé le conducteur après une course-poursuite. Il roulait sans permis. Il a reconnu qu'il avait bu.",
      ),
    ).toEqual(['le conducteur']);
  });

  it('near miss: a pronoun of the other gender does not take the person described', () => {
    expect(
      claimantsOf(
        "Les secours ont retrouvé la randonneuse dimanche soir au pied de la falaise. Elle était épuisée mais consciente. Il a raconté qu'elle s'était perdue dans le brouillard.",
      ),
    ).not.toContain('la randonneuse');
  });

  it('near miss: a thing with a person-like ending is no antecedent ("le moteur … Il")', () => {
    expect(
      claimantsOf(
        "Le garagiste a démonté le moteur dans l'après-midi. Il a expliqué que la pièce était usée.",
      ),
    ).not.toContain('le moteur');
  });
});
