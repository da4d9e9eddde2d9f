import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/rules.js';

const quotesOf = (text: string): string[] => claimsOf(text).map((c) => c.quote);

// Sentences written for these tests (issue 11, area F): a claim's quote is the statement itself,
// as in the gold convention (bench/gold-real/README.md), whatever construction found it.
describe('rules engine: a quote span is the statement, without its subject and reporting verb', () => {
  it('an infinitive complement starts the statement ("X affirme avoir …")', () => {
    expect(
      quotesOf('La mairie de Brest affirme avoir réparé toutes les fontaines du centre.'),
    ).toEqual(['avoir réparé toutes les fontaines du centre']);
    const [denial] = claimsOf(
      'Le syndicat assure également n’avoir jamais reçu la lettre du préfet.',
    );
    expect(denial?.quote).toBe('n’avoir jamais reçu la lettre du préfet');
    expect(denial?.stance).toBe('denies');
    expect(denial?.claimant).toBe('Le syndicat');
  });

  it('an adverbial between the verb and its infinitive is not part of the statement', () => {
    expect(
      quotesOf(
        'Le syndicat affirme de son côté avoir prévenu la direction dès le mois de janvier.',
      ),
    ).toEqual(['avoir prévenu la direction dès le mois de janvier']);
  });

  it('a noun object is the statement ("X a annoncé la fermeture …"), after an apposition too', () => {
    expect(quotesOf('Le maire a annoncé la fermeture du pont pendant trois semaines.')).toEqual([
      'la fermeture du pont pendant trois semaines',
    ]);
    expect(
      quotesOf(
        'Dans son rapport annuel, la Cour des comptes juge « très insuffisant » le contrôle des subventions.',
      ),
    ).toEqual(['« très insuffisant » le contrôle des subventions']);
  });

  it('a request or an accusation keeps its verb, not its subject; a bare denial stays whole', () => {
    expect(
      quotesOf('Les riverains accusent la mairie de négliger leur quartier depuis des années.'),
    ).toEqual(['accusent la mairie de négliger leur quartier depuis des années']);
    expect(
      quotesOf('La fédération, réunie hier soir, a demandé aux clubs de reporter leurs matchs.'),
    ).toEqual(['a demandé aux clubs de reporter leurs matchs']);
    // As in the samples' gold ("Les trois entreprises démentent en bloc"): the act is the claim.
    const [denial] = claimsOf('Le club conteste fermement la sanction.');
    expect(denial?.quote).toBe('Le club conteste fermement la sanction');
    expect(denial?.stance).toBe('denies');
  });
});

describe('rules engine: attribution tails and the source’s apposition are not the statement', () => {
  it('a trailing inverted incise after a reported clause is cut', () => {
    expect(
      quotesOf(
        'La préfecture considère que les digues tiendront jusqu’au printemps, a expliqué son directeur à la radio locale.',
      ),
    ).toEqual(['les digues tiendront jusqu’au printemps']);
  });

  it('a tail whose speaker is followed by a participle about the act is cut whole', () => {
    expect(
      quotesOf(
        'Le maire a assuré que l’incendie était maîtrisé, a précisé le préfet Jean Roux, rendant hommage au « courage incroyable » des pompiers.',
      ),
    ).toEqual(['l’incendie était maîtrisé']);
  });

  it('an apposition about the source after "Selon X," or "Pour X," is cut', () => {
    expect(
      quotesOf(
        'Selon l’institut Ipsos, cité par le quotidien régional, les ventes de vélos ont doublé en un an.',
      ),
    ).toEqual(['les ventes de vélos ont doublé en un an']);
    expect(
      quotesOf('Pour Marie Durand, présidente de l’association, la réforme arrive bien trop tard.'),
    ).toEqual(['la réforme arrive bien trop tard']);
  });

  it('a discourse connector and its comma do not open a reported statement', () => {
    expect(
      quotesOf('De plus, les prix devraient encore monter cet hiver, estime l’Insee.'),
    ).toEqual(['les prix devraient encore monter cet hiver']);
  });
});

describe('rules engine: a « … » fragment inside a clause gives the clause', () => {
  it('a fragment after "que": the clause from its subject to its end', () => {
    expect(
      quotesOf(
        'Le ministre a assuré que la réforme des retraites serait « menée jusqu’au bout quoi qu’il arrive » malgré les grèves.',
      ),
    ).toEqual([
      'la réforme des retraites serait « menée jusqu’au bout quoi qu’il arrive » malgré les grèves',
    ]);
  });

  it('a fragment after an infinitive or an object: from there to the end of the clause', () => {
    expect(
      quotesOf(
        'Le fabricant dit regretter « profondément et sincèrement ce retard » auprès de ses clients.',
      ),
    ).toEqual(['regretter « profondément et sincèrement ce retard » auprès de ses clients']);
  });

  it('a quotation right after its verb whose clause runs on: to the end of the clause', () => {
    expect(
      quotesOf(
        'Pour se distinguer, le site affirme « examiner plus de plateformes serveur » que tous ses concurrents réunis.',
      ),
    ).toEqual(['« examiner plus de plateformes serveur » que tous ses concurrents réunis']);
    // A conjunction after the closing mark opens another clause: the quotation stays whole.
    expect(
      quotesOf(
        'Le ministre affirme « avoir tout fait pour éviter la grève » et promet une nouvelle réunion lundi.',
      ),
    ).toContain('avoir tout fait pour éviter la grève');
  });

  it('a fragment after "Selon X," or "D’après X,": the clause after the source', () => {
    expect(
      quotesOf(
        'Selon le syndicat, cité par la radio, la réforme constitue « une erreur historique et très grave » pour les salariés.',
      ),
    ).toEqual(['la réforme constitue « une erreur historique et très grave » pour les salariés']);
    expect(
      quotesOf(
        'D’après les enquêteurs, le suspect aurait agi « de manière totalement préméditée ».',
      ),
    ).toEqual(['le suspect aurait agi « de manière totalement préméditée »']);
    expect(
      quotesOf('Selon lui, « la réforme constitue une erreur historique et très grave ».'),
    ).toEqual(['la réforme constitue une erreur historique et très grave']);
  });

  it('other quotations in the clause: the clause from its start, to its first break', () => {
    expect(
      quotesOf(
        'La ville « a besoin » de nouveaux bus pour faire face à une fréquentation « très tendue », a déclaré le maire.',
      ),
    ).toEqual([
      'La ville « a besoin » de nouveaux bus pour faire face à une fréquentation « très tendue »',
    ]);
    expect(
      quotesOf(
        'Le ministère a précisé que l’armée avait « détruit plusieurs positions fortifiées » ennemies et salué une « avancée rapide des troupes ».',
      ),
    ).toContain('l’armée avait « détruit plusieurs positions fortifiées » ennemies');
    expect(
      quotesOf(
        'La syndicaliste a fait valoir au ministre du Travail qu’« il ne peut pas avoir raison seul contre tous ».',
      ),
    ).toEqual(['il ne peut pas avoir raison seul contre tous']);
  });

  it('a fragment whose speaker follows it: the clause it closes', () => {
    expect(
      quotesOf(
        'La ville aurait laissé le chantier « à l’abandon pendant des mois », écrit le journal local.',
      ),
    ).toEqual(['La ville aurait laissé le chantier « à l’abandon pendant des mois »']);
  });

  it('a whole quotation stays the quoted words, without its marks', () => {
    expect(
      quotesOf('« Nous rouvrirons la piscine dès le mois de mai », a promis la maire.'),
    ).toEqual(['Nous rouvrirons la piscine dès le mois de mai']);
    expect(
      quotesOf('Le directeur du port a prévenu : « Les quais seront fermés tout le week-end. »'),
    ).toEqual(['Les quais seront fermés tout le week-end.']);
  });
});

describe('rules engine: a quotation that is a statement of its own is not widened', () => {
  it('after an incise between verb and quotation, "au motif que", or a colon', () => {
    const quotes = quotesOf(
      '« Nous avons perdu ce match », a reconnu l’entraîneur du club, « mais l’équipe a montré du caractère ce soir. »',
    );
    expect(quotes).toContain('mais l’équipe a montré du caractère ce soir.');
    expect(
      quotesOf(
        '« Il faut agir vite », estime le médecin, pour qui « chaque jour de retard coûte des vies ».',
      ),
    ).toContain('chaque jour de retard coûte des vies');
    expect(
      quotesOf(
        'La plainte a été classée, au motif que « les faits ne sont pas assez établis pour poursuivre », a expliqué le procureur.',
      ),
    ).toEqual(['les faits ne sont pas assez établis pour poursuivre']);
    expect(
      quotesOf(
        'Le rapport martèle que : « la pollution de l’air tue des milliers de personnes chaque année ».',
      ),
    ).toEqual(['la pollution de l’air tue des milliers de personnes chaque année']);
    expect(
      quotesOf('Une « ruée » écrit-il : c’est un terme exagéré que personne ne devrait employer.'),
    ).not.toContain(
      'Une « ruée » écrit-il : c’est un terme exagéré que personne ne devrait employer',
    );
  });

  it('a complement between the verb and "que" or an infinitive is not the statement', () => {
    expect(
      quotesOf(
        'La directrice a expliqué à la radio que « la rentrée se fera dans de bonnes conditions pour tous ».',
      ),
    ).toEqual(['la rentrée se fera dans de bonnes conditions pour tous']);
    expect(
      quotesOf(
        'Le syndicat ajoute dans un communiqué être « très inquiet pour l’avenir » de l’usine.',
      ),
    ).toEqual(['être « très inquiet pour l’avenir » de l’usine']);
    expect(
      quotesOf(
        'Le ministre a estimé mardi soir devant les députés que la réforme était « indispensable ».',
      ),
    ).toEqual(['la réforme était « indispensable »']);
    // A noun's own complement is the statement: "de ne pas céder" belongs to "la responsabilité".
    expect(
      quotesOf('Elle insiste souvent sur la responsabilité des élus de ne pas céder au lobby.'),
    ).toEqual(['sur la responsabilité des élus de ne pas céder au lobby']);
  });
});

describe('rules engine: two statements fused into one claim are split, a clause before is cut', () => {
  it('"X conteste …, estimant que P": the denial, then P with the participle’s stance', () => {
    const claims = claimsOf(
      'Le ministère se défend de toute négligence dans ce dossier, estimant que les contrôles ont été renforcés depuis deux ans.',
    );
    expect(claims.map((c) => [c.quote, c.stance, c.claimant])).toEqual([
      ['se défend de toute négligence dans ce dossier', 'denies', 'Le ministère'],
      ['les contrôles ont été renforcés depuis deux ans', 'asserts', 'Le ministère'],
    ]);
  });

  it('a quotation that ends its own sentence is not glued to the next sentence', () => {
    const quotes = quotesOf(
      'Le maire a répondu aux critiques des riverains. « Le chantier a pris du retard, nous le savons bien. » Autant de raisons qui expliquent selon lui la colère du quartier.',
    );
    expect(quotes).toContain('Autant de raisons qui expliquent selon lui la colère du quartier');
    expect(quotes.some((q) => q.includes('nous le savons bien. » Autant'))).toBe(false);
  });

  it('a bare denial starts at its subject, not at a clause about someone else before it', () => {
    expect(
      quotesOf(
        'Le club n’a pas réagi dans un premier temps, mais les joueurs ont rejeté l’ensemble des accusations.',
      ),
    ).toEqual(['les joueurs ont rejeté l’ensemble des accusations']);
  });

  it('", comme l’explique X, cité par Y" ends no statement, even one that kept its subject', () => {
    const quotes = quotesOf(
      'Les pompiers tentent de contenir le feu, mais cela se révèle très difficile, comme l’explique le capitaine Jean Morel, cité par la radio locale.',
    );
    expect(quotes.some((q) => q.includes('comme l’explique'))).toBe(false);
  });
});

describe('rules engine: a continuation is not widened back to its source', () => {
  it('the next sentence’s quotation of a "Selon X," source stays the quoted words', () => {
    expect(
      quotesOf(
        'Selon le syndicat, la réforme est une erreur. « Elle va coûter des milliers d’emplois dans la région. » Le texte sera voté mardi.',
      ),
    ).toContain('Elle va coûter des milliers d’emplois dans la région.');
  });
});

describe('rules engine: a clause found by the span step keeps the mood of its verb', () => {
  it('a conditional after "avait indiqué … qu’" is concordance, not a hedge', () => {
    const [claim] = claimsOf(
      'La présidente du club avait indiqué par avance qu’elle démissionnerait en cas de relégation.',
    );
    expect(claim?.quote).toBe('elle démissionnerait en cas de relégation');
    expect(claim?.certainty).toBe('certain');
  });
});

describe('rules engine: widening stops where the clause is not the quotation’s', () => {
  it('a subject’s apposition before the verb is no inversion; a clause never ends on "une «"', () => {
    expect(
      quotesOf(
        // A verb that reports through its clause: "évoquer ces rapports pour justifier …" with a
        // bare object states nothing since the precision round (a quoted term after "la").
        'Certains élus, membres de la commission, jugent que la « suppression pure et simple du dispositif » s’impose.',
      ),
    ).toEqual(['la « suppression pure et simple du dispositif » s’impose']);
    const quotes = quotesOf(
      'Le juge a rappelé qu’être « dépositaire de l’autorité publique » peut aussi constituer une « circonstance aggravante ».',
    );
    expect(quotes.some((q) => /une$/u.test(q))).toBe(false);
  });
});
