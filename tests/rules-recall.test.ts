import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/types.js';
import { claimsOf } from './helpers/rules.js';

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

describe('rules engine: quotations inside a reported statement', () => {
  it('a « fragment » inside a reported clause gives the clause, not the fragment', () => {
    const a = only(
      'La maire estime que les habitants vivent « dans une inquiétude permanente » depuis l’incendie.',
    );
    expect(a.quote).toBe(
      'les habitants vivent « dans une inquiétude permanente » depuis l’incendie',
    );
    expect(a.claimant).toBe('La maire');
    const b = only(
      'Les habitants vivent « dans une inquiétude permanente » depuis l’incendie, souligne la maire.',
    );
    expect(b.quote).toBe(
      'Les habitants vivent « dans une inquiétude permanente » depuis l’incendie',
    );
    expect(b.claimant).toBe('la maire');
  });

  it('a whole quotation stays the statement', () => {
    expect(
      only('La maire a déclaré : « Les habitants vivent dans une grande inquiétude. »').quote,
    ).toBe('Les habitants vivent dans une grande inquiétude.');
    expect(
      only('« Les habitants vivent dans une grande inquiétude », a déclaré la maire.').quote,
    ).toBe('Les habitants vivent dans une grande inquiétude');
  });

  it('a quotation resumed after an inverted incise is the same speaker’s', () => {
    const claims = claimsOf(
      '« Nous avons tout essayé pour garder le site », a reconnu le directeur de l’usine, « mais les commandes ne reviennent pas. »',
    );
    expect(claims.map((c) => c.claimant)).toEqual([
      'le directeur de l’usine',
      'le directeur de l’usine',
    ]);
  });

  it('"Selon X « … »" without a comma names the speaker', () => {
    const claim = only('Selon le jeune chercheur « la ville a perdu ses commerces de proximité ».');
    expect(claim.claimant).toBe('le jeune chercheur');
  });
});

describe('rules engine: who speaks past an apposition', () => {
  it('"Pour X, apposition, …" and "Selon X, apposition, …" state what follows the apposition', () => {
    const a = only(
      'Pour Claire Dubois, présidente de l’association des locataires, les loyers vont encore augmenter.',
    );
    expect(a.quote).toBe('les loyers vont encore augmenter');
    expect(a.claimant).toBe('Claire Dubois');
    const b = only('Selon Marc Petit, économiste à l’OFCE, la croissance ralentira l’an prochain.');
    expect(b.quote).toBe('la croissance ralentira l’an prochain');
    expect(b.claimant).toBe('Marc Petit');
  });
});

describe('rules engine: reporting verbs in the infinitive and findings', () => {
  it('a reporting verb after "tenir à", "s’accorder à", "finir par" reports', () => {
    const cases: [string, string, string][] = [
      [
        'Le président du club tient à rappeler que les places restent gratuites pour les enfants.',
        'Le président du club',
        'les places restent gratuites pour les enfants',
      ],
      [
        'Les élus de la métropole s’accordent à dire que la rocade est saturée.',
        'Les élus de la métropole',
        'la rocade est saturée',
      ],
      [
        'La directrice a fini par reconnaître que le budget était dépassé.',
        'La directrice',
        'le budget était dépassé',
      ],
    ];
    for (const [sentence, claimant, quote] of cases) {
      const claim = only(sentence);
      expect([claim.claimant, claim.quote]).toEqual([claimant, quote]);
    }
    // The negation of "ne cesse de" is the governor's: the statement is made.
    expect(only('Le maire ne cesse de répéter que la ligne sera prolongée.').quote).toBe(
      'la ligne sera prolongée',
    );
    expect(claimsOf('Cela veut dire que la ville a beaucoup changé depuis la guerre.')).toEqual([]);
  });

  it('a study, a report or a survey that shows something reports it; "cela montre" does not', () => {
    const a = only(
      'Une étude de l’Inserm montre que les adolescents dorment moins qu’il y a vingt ans.',
    );
    expect([a.claimant, a.stance, a.quote]).toEqual([
      'Une étude de l’Inserm',
      'reports',
      'les adolescents dorment moins qu’il y a vingt ans',
    ]);
    expect(claimsOf('Cela montre que la ville a beaucoup changé depuis la guerre.')).toEqual([]);
  });

  it('"analyse" after a quotation introduces its speaker', () => {
    const claim = only(
      '« Les électeurs attendent des actes, pas des promesses », analyse le politologue Jean Morel.',
    );
    expect(claim.claimant).toMatch(/Jean Morel/u);
  });
});

describe('rules engine: verbs of commenting, feeling voiced and reproach', () => {
  it('reads them with their constructions', () => {
    const cases: [string, string][] = [
      [
        '« La ligne ne rouvrira pas avant l’hiver », tempère la directrice du réseau.',
        'la directrice du réseau',
      ],
      [
        '« Les commerces du centre ont perdu un tiers de leurs clients », renchérit Luc Marchand.',
        'Luc Marchand',
      ],
      [
        'Le syndicat se réjouit de la réouverture des guichets dans les petites gares.',
        'Le syndicat',
      ],
      [
        'L’association reproche à la mairie d’avoir abattu les platanes sans concertation.',
        'L’association',
      ],
      ['Le collectif espère que la préfecture suspendra les expulsions cet hiver.', 'Le collectif'],
    ];
    for (const [sentence, claimant] of cases) expect(only(sentence).claimant).toBe(claimant);
    // Their bare object states nothing: "espère une victoire", "analyse les données".
    expect(claimsOf('Le laboratoire analyse les données des capteurs chaque semaine.')).toEqual([]);
  });
});

describe('rules engine: what the recall rules must not read as statements', () => {
  it('a form after "sans" is a noun, and an "-aire" word is no infinitive', () => {
    expect(
      claimsOf('Partir plus tard à la retraite sera sans doute aussi nécessaire dans dix ans.'),
    ).toEqual([]);
  });

  it('a ranking is no addressee before an inverted subject', () => {
    expect(
      claimsOf(
        'Ils prennent six points d’avance, alors que leurs voisins, glissent à la 6e place à 6 points de Marseille.',
      ),
    ).toEqual([]);
  });

  it('a quotation right after "que" is the statement, not a fragment of the sentence', () => {
    const claim = only(
      'Le 2 mai, l’élu a obtenu un non-lieu, au motif que « les faits ne sont pas établis et la plainte est tardive », a expliqué le juge.',
    );
    expect(claim.quote).toBe('les faits ne sont pas établis et la plainte est tardive');
  });

  it('"souhaite/espère + infinitive" is an intention and "se plaint de la cheville" a pain', () => {
    expect(claimsOf('La radio souhaitait également donner la parole aux habitants.')).toEqual([]);
    expect(claimsOf('Le gardien se plaint de la cheville depuis le match de samedi.')).toEqual([]);
    expect(only('Le collectif souhaite que la mairie rouvre la salle des fêtes.').quote).toBe(
      'la mairie rouvre la salle des fêtes',
    );
  });
});

describe('rules engine: a speaker named after the statement by "comme"', () => {
  it('", comme l’a reconnu X" and ", comme le rappelait X" give X the clause before', () => {
    const a = only(
      'Le chantier a pris deux ans de retard, comme l’a reconnu le maire lors du conseil municipal.',
    );
    expect([a.claimant, a.quote]).toEqual(['le maire', 'Le chantier a pris deux ans de retard']);
    const b = only(
      'Les prix de l’énergie ont doublé en un an, mais les salaires ont stagné, comme le rappelait la Commission européenne.',
    );
    expect(b.claimant).toBe('la Commission européenne');
    expect(b.quote).toBe('Les prix de l’énergie ont doublé en un an, mais les salaires ont stagné');
  });

  it('a reflexive form of a reporting verb that is not reflexive reports nothing, but "se dire"', () => {
    expect(
      claimsOf('Le ministre se révèle bien plus prudent que ses prédécesseurs sur ce dossier.'),
    ).toEqual([]);
    expect(claimsOf('Le groupe s’annonce prêt à racheter son concurrent allemand.')).toEqual([]);
    expect(only('Le ministre s’est dit favorable à une hausse du budget.').claimant).toBe(
      'Le ministre',
    );
  });
});

describe('rules engine: press-review and epigraph shapes', () => {
  it('"« … », peut-on lire dans X" reports X’s words', () => {
    const claim = only(
      'L’enquête avance. « Une dizaine de cadres du parti ont été entendus par les juges », peut-on lire dans Le Courrier du Soir.',
    );
    expect([claim.claimant, claim.stance]).toEqual(['Le Courrier du Soir', 'reports']);
  });

  it('a quotation opening its paragraph, signed "Name, role", is the named person’s', () => {
    const claim = only(
      '« Ils savaient très bien où ils mettaient les pieds ce soir-là. » Paul Verdier, éditorialiste, sur le plateau de Radio Centre, le 3 avril.',
    );
    expect(claim.claimant).toBe('Paul Verdier');
  });

  it('"ainsi" between auxiliary and participle, and "commencer par" before an infinitive', () => {
    const a = only(
      'Le conducteur a ainsi déclaré qu’il ne connaissait pas les nouvelles règles de stationnement.',
    );
    expect(a.quote).toBe('il ne connaissait pas les nouvelles règles de stationnement');
    const b = only(
      'Le ministère commence par affirmer que la sécurité des réseaux concerne tout le monde.',
    );
    expect(b.quote).toBe('la sécurité des réseaux concerne tout le monde');
  });
});

describe('rules engine: quotations joined by one speaker', () => {
  it('"« A » en réaction « B » raconte-t-il" and "« A », « B » selon X" are one statement', () => {
    const a = only(
      'Il a tout lancé seul. « Tout est venu d’un coup, sans plan précis » en réaction « au silence des grandes chaînes » raconte-t-il.',
    );
    expect(a.quote).toBe(
      'Tout est venu d’un coup, sans plan précis » en réaction « au silence des grandes chaînes',
    );
    const b = only(
      'Le public garde un souvenir précis de cette émission : « une voix très douce », « drôle et tendre à la fois » selon Marie Lenoir.',
    );
    expect([b.claimant, b.quote]).toEqual([
      'Marie Lenoir',
      'une voix très douce », « drôle et tendre à la fois',
    ]);
  });
});

describe('rules engine: constructions around an already named speaker', () => {
  it('"trouve que" gives a view', () => {
    expect(
      only('Le patron du groupe trouve que les charges sont trop lourdes pour les PME.').quote,
    ).toBe('les charges sont trop lourdes pour les PME');
    expect(claimsOf('Les secours trouvent une solution pour évacuer les riverains.')).toEqual([]);
  });

  it('"…, estime X, qui ajoute que …" gives the relative’s clause to X', () => {
    const claims = claimsOf(
      '« Rien n’est encore joué pour la commune », estime le maire, qui ajoute que la commune fera appel de la décision.',
    );
    expect(claims.map((c) => [c.claimant, c.quote])).toEqual([
      ['le maire', 'Rien n’est encore joué pour la commune'],
      ['le maire', 'la commune fera appel de la décision'],
    ]);
  });

  it('"X l’a dit : « … »": the subject before the clitic speaks', () => {
    expect(
      only('Le maire l’a dit clairement : « Nous ne fermerons pas l’école du village. »').claimant,
    ).toBe('Le maire');
  });

  it('"Et d’ajouter : « … »", "Avant de conclure : « … »" continue the person just named', () => {
    const claims = claimsOf(
      'Jeanne Morel a répondu aux critiques des riverains. Et d’ajouter : « Nous irons jusqu’au bout de ce projet. »',
    );
    expect(claims.map((c) => c.claimant)).toEqual(['Jeanne Morel']);
  });
});

describe('rules engine: a view announced by a colon', () => {
  it('"X est formel : …", "X ont un avis unanime : …" give the words after the colon to X', () => {
    const a = only('Le directeur de l’hôpital est formel : aucun patient n’a été contaminé.');
    expect([a.claimant, a.quote]).toEqual([
      'Le directeur de l’hôpital',
      'aucun patient n’a été contaminé',
    ]);
    const b = only(
      'Les trois experts ont un avis unanime sur la digue : elle résistera à une crue centennale.',
    );
    expect([b.claimant, b.quote]).toEqual([
      'Les trois experts',
      'elle résistera à une crue centennale',
    ]);
    // The journalist's verdict names no speaker.
    expect(
      claimsOf('Le constat est sans appel : la ville a perdu un tiers de ses commerces.'),
    ).toEqual([]);
  });
});

describe('rules engine: a subject with a bracketed list before "ont un avis :"', () => {
  it('the subject ends before the brackets', () => {
    const claim = only(
      'Les agences de l’eau (Seine, Loire, Rhône) ont un avis unanime : la nappe se recharge lentement.',
    );
    expect(claim.claimant).toBe('Les agences de l’eau');
  });
});

describe('rules engine: an inverted incise followed by a colon', () => {
  it('"P1, rappelle X : P2." gives X both clauses', () => {
    const claims = claimsOf(
      'La fréquentation a chuté de moitié, rappelle le président du club : les adhérents ne reviendront pas avant l’été.',
    );
    expect(claims.map((c) => [c.claimant, c.quote])).toEqual([
      ['le président du club', 'La fréquentation a chuté de moitié'],
      ['le président du club', 'les adhérents ne reviendront pas avant l’été'],
    ]);
  });
});

describe('rules engine: a quoted title does not hide the sentence it sits in', () => {
  it('"…, rappelle le quotidien “Le Courrier du Soir” : …" is the paper’s, twice', () => {
    const claims = claimsOf(
      'Le chantier du tunnel a pris trois ans de retard, rappelle le quotidien “Le Courrier du Soir” : les travaux ne reprendront pas avant le printemps.',
    );
    expect(claims.map((c) => c.claimant)).toEqual(['Le Courrier du Soir', 'Le Courrier du Soir']);
  });
});

describe('rules engine: guards met on the unseen pages, second reading', () => {
  it('"commence à s’interroger" narrates a doubt; "commence par affirmer" states', () => {
    expect(
      claimsOf('Le héros du roman commence à s’interroger sur le sens de sa vie et de ses choix.'),
    ).toEqual([]);
  });

  it('a dash ends the medium named after "peut-on lire dans"', () => {
    const claim = only(
      'Son trésorier – « premier élu du parti à être entendu par les juges », peut-on lire dans Le Courrier – est mis en examen.',
    );
    expect(claim.claimant).toBe('Le Courrier');
  });

  it('a clause holding two quoted fragments stays the clause', () => {
    const claim = only(
      'En 2019, la maire avait fait réaliser les travaux « sans autorisation », ni « permis de construire », écrit Le Courrier.',
    );
    expect(claim.quote).toBe(
      'En 2019, la maire avait fait réaliser les travaux « sans autorisation », ni « permis de construire »',
    );
  });

  it('a quotation closing on a full stop ends the clause it belongs to', () => {
    const claims = claimsOf(
      'Le conducteur a déclaré qu’il « se moquait bien de ces règles et du maire. » Il a payé 135 euros d’amende.',
    );
    expect(claims.map((c) => c.quote)).toEqual([
      'il « se moquait bien de ces règles et du maire. »',
    ]);
  });
});
