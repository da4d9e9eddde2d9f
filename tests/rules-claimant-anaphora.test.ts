import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import type { Claim } from '../src/types.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const claimantsOf = (text: string): string[] =>
  analyseWithRules(resultOf(text)).claims.map((c: Claim) => c.claimant);

// Sentences written for these tests (issue 11, round 5: claimants that hold on unseen pages).
describe('rules engine: a description stands for the speaker it was given to', () => {
  it('"la ministre" is the person given that role with its complement ("la ministre de la Culture, X")', () => {
    expect(
      claimantsOf(
        'La ministre de la Culture, Hélène Garnier, a présenté le budget mardi. Les troupes de théâtre ont manifesté devant le ministère. Pour la ministre, les crédits des théâtres seront maintenus en 2025.',
      ),
    ).toEqual(['Hélène Garnier']);
  });

  it('"le juge en chef" is the judge given that title, not another judge named since', () => {
    expect(
      claimantsOf(
        'Le juge en chef de la cour d’appel, Paul Meunier, a reçu les avocats. Le juge Vasseur instruira le dossier. Le juge en chef a affirmé que le procès se tiendrait en juin.',
      ),
    ).toEqual(['Paul Meunier']);
  });

  it('"le procureur" is the person named with that title before ("X, procureur de …")', () => {
    expect(
      claimantsOf(
        'Gilles Fabre, procureur de la République à Nantes, a ouvert une enquête jeudi. Les deux suspects ont été placés en garde à vue. Le procureur estime que les faits sont graves.',
      ),
    ).toEqual(['Gilles Fabre']);
  });

  it('"ce fonctionnaire" is the unnamed speaker introduced before, kept as described', () => {
    expect(
      claimantsOf(
        '« Les stocks de vaccins sont suffisants », a déclaré un haut fonctionnaire du ministère. Les pharmacies signalent pourtant des ruptures. « Nous livrerons toutes les régions avant lundi », a ajouté ce fonctionnaire, visiblement agacé par les critiques.',
      ),
    ).toEqual(['un haut fonctionnaire du ministère', 'un haut fonctionnaire du ministère']);
  });
});

describe('rules engine: "il" and "elle" stand for the person the sentence is about', () => {
  it('the subject of the sentence before, not a person named as its object', () => {
    expect(
      claimantsOf(
        'Le 3 mars, Karim Benali, alors adjoint au maire, bouscule dans un couloir Thomas Giraud, un militant écologiste. Pour se justifier, il affirme avoir été insulté.',
      ),
    ).toEqual(['Karim Benali']);
  });

  it('a person named after "de" is not the subject ("la fille de X")', () => {
    expect(
      claimantsOf(
        '« La salle est trop petite », dit Odile Roux. Son voisin, Marc Aubert, ami de Sophie Lemaire, a rejoint le collectif. Il affirme que la mairie a ignoré leurs courriers.',
      ),
    ).toEqual(['Odile Roux', 'Marc Aubert']);
  });

  it('a name typed as a person, not a name the tables cannot type ("chez Lumio")', () => {
    expect(
      claimantsOf(
        '« Le quartier change vite », dit Odile Roux. Le photographe Julien Mercier expose ses clichés chez Lumio. « J’ai suivi les démolitions pendant deux ans », raconte-t-il.',
      ),
    ).toEqual(['Odile Roux', 'Julien Mercier']);
  });

  it('"il" does not stand for a speaker that "elle" stood for', () => {
    expect(
      claimantsOf(
        'Camille Perrin dirige la chorale avec Luc Brun. « Nous chantons partout », raconte-t-elle. Il explique que les subventions ont baissé de moitié.',
      ),
    ).toEqual(['Camille Perrin', 'Luc Brun']);
  });
});

describe('rules engine: what "il" and "elle" never stand for', () => {
  it('a name after a possessive is a thing ("ses Carnets"), not a person', () => {
    expect(
      claimantsOf(
        '« Le métier a changé », dit Odile Roux. On rencontre ensuite Yanis, qui restaure ses Carnets depuis l’hiver. Il raconte que la colle venait autrefois d’Italie.',
      ),
    ).toEqual(['Odile Roux', 'Yanis']);
  });
});

describe('rules engine: organisations and media described by their kind', () => {
  it('"l’organisation écologiste" after a ministry spoke is not that ministry', () => {
    expect(
      claimantsOf(
        'Selon le ministère de l’Environnement, conseillé par Greenpeace, la rivière est polluée depuis mars. Les pêcheurs, toujours selon l’organisation écologiste, ont perdu la moitié de leurs prises.',
      )[1],
    ).toBe('Greenpeace');
  });

  it('"rappelle le quotidien" is the medium named before, not the last speaker', () => {
    expect(
      claimantsOf(
        'Le Wall Street Journal consacre une longue enquête aux ports du Pacifique. Le directeur du port, Paul Kerr, affirme que le trafic a doublé depuis l’arrivée de Maersk. Les quais, construits en 1960, sont trop courts pour les nouveaux navires, rappelle le quotidien new-yorkais.',
      ),
    ).toEqual(['Paul Kerr', 'Wall Street Journal']);
  });

  it('a relative pronoun or "cela" before the verb leaves the sentence without a speaker', () => {
    expect(
      claimantsOf('Vinci tente de rallonger les quais du port, mais cela se révèle très coûteux.'),
    ).toEqual([]);
    expect(
      claimantsOf(
        'Les tunnels du Hamas sont ciblés depuis longtemps par l’armée, qui affirme en avoir détruit trente.',
      ),
    ).not.toContain('Les tunnels du Hamas');
  });
});

describe('rules engine: a pronoun joined to others', () => {
  it('"Lui et ses adjoints" is the person "lui" stands for, and the others as written', () => {
    expect(
      claimantsOf(
        'Le maire Paul Girard est pris de court par la fermeture de l’usine. Lui et ses adjoints accusent la préfecture de mentir.',
      ),
    ).toEqual(['Paul Girard et ses adjoints']);
  });
});

describe('rules engine: descriptions that point back', () => {
  it('"à ses yeux" says nothing of a gender: the woman who spoke keeps it', () => {
    expect(
      claimantsOf(
        'Claire Dumas dirige le théâtre municipal. « Le budget est trop serré », confie-t-elle. À ses yeux, la ville doit doubler sa subvention.',
      ),
    ).toEqual(['Claire Dumas', 'Claire Dumas']);
  });

  it('"la dirigeante de la FSU" is the person given another role of the FSU', () => {
    expect(
      claimantsOf(
        'Sophie Martin, la secrétaire générale de la FSU, a rencontré le ministre mardi. La dirigeante de la FSU affirme que la rentrée sera difficile.',
      ),
    ).toEqual(['Sophie Martin']);
  });

  it('"», a affirmé le ministre de la Défense, X, lors de …": the name in apposition speaks', () => {
    expect(
      claimantsOf(
        '« Nous ne céderons pas », a affirmé le ministre de la Défense, Paul Girard, lors d’un point de presse.',
      ),
    ).toEqual(['Paul Girard']);
  });

  it('"Ce dernier" is the person named last', () => {
    expect(
      claimantsOf(
        '« La réunion est reportée », a annoncé le porte-parole de la mairie, Marc Dubois. Ce dernier rappelle que le maire avait promis un vote en juin.',
      ),
    ).toEqual(['Marc Dubois', 'Marc Dubois']);
  });

  it('"selon la même source" is the source cited last', () => {
    expect(
      claimantsOf(
        'Selon la préfecture, trois routes sont coupées par la neige. Deux écoles, selon la même source, resteront fermées lundi.',
      ),
    ).toEqual(['la préfecture', 'la préfecture']);
  });
});

describe('rules engine: names inside quotations', () => {
  it('a person named inside a quotation is spoken of, not whom a description stands for', () => {
    expect(
      claimantsOf(
        'Claire Dumas dirige le syndicat depuis mars. « Paul Girard finira par gagner l’élection », affirme-t-elle.\n\nPour la syndicaliste, la réforme des retraites reste une faute politique.',
      ),
    ).toEqual(['Claire Dumas', 'Claire Dumas']);
  });
});
