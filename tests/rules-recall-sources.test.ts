import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/rules.js';

const quotes = (text: string): string[] => claimsOf(text).map((c) => c.quote);
const pairs = (text: string): string[][] => claimsOf(text).map((c) => [c.quote, c.claimant]);

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

describe('rules engine: the subject of an inverted reporting verb after a clause', () => {
  it('any definite noun phrase after "…, a indiqué" is its subject, known speaker noun or not', () => {
    const cases: [string, string, string][] = [
      [
        'La ligne 4 restera fermée jusqu’à lundi, a écrit la compagnie de transport sur son site.',
        'La ligne 4 restera fermée jusqu’à lundi',
        'la compagnie de transport',
      ],
      [
        'Aucun vol ne sera annulé demain, précise la compagnie aérienne dans un communiqué.',
        'Aucun vol ne sera annulé demain',
        'la compagnie aérienne',
      ],
      [
        'Les battues reprendront dès le mois d’octobre, avait annoncé l’an dernier la fédération des chasseurs.',
        'Les battues reprendront dès le mois d’octobre',
        'la fédération des chasseurs',
      ],
    ];
    for (const [sentence, quote, claimant] of cases) {
      const claims = claimsOf(sentence);
      expect(claims.map((c) => [c.quote, c.claimant])).toContainEqual([quote, claimant]);
    }
  });

  it('an object after a verb of a series of acts is no inverted subject', () => {
    for (const sentence of [
      'Elle est rentrée chez elle, a écrit la lettre de démission et s’est couchée.',
      'Il a éteint la lumière, a écrit la date sur le carnet, et il est sorti sans bruit.',
    ])
      expect(quotes(sentence)).toEqual([]);
  });

  it('a participle phrase after the inverted speaker is no tail that hides the speaker', () => {
    const cases: [string, string, string][] = [
      [
        'Les enquêteurs ne recherchent personne d’autre, a précisé Paul Mercier, rendant hommage au sang-froid des pompiers du centre de secours.',
        'Les enquêteurs ne recherchent personne d’autre',
        'Paul Mercier',
      ],
      [
        'Les ouvriers resteront trois ans sur le site, a expliqué Julie Fabre, soulignant la complexité technique du chantier de la gare.',
        'Les ouvriers resteront trois ans sur le site',
        'Julie Fabre',
      ],
    ];
    for (const [sentence, quote, claimant] of cases) {
      const claims = claimsOf(sentence);
      expect(claims.map((c) => [c.quote, c.claimant])).toContainEqual([quote, claimant]);
    }
  });
});

describe('rules engine: verbs of fearing and foreseeing, adverbials before "que"', () => {
  it('"redouter que", "anticiper que" report a view; "en fait" may stand before "que"', () => {
    const cases: [string, string][] = [
      [
        'L’agence de notation redoute que la dette ne dépasse bientôt le seuil fixé.',
        'la dette ne dépasse bientôt le seuil fixé',
      ],
      [
        'Les économistes anticipaient déjà que les prix baisseraient au second semestre.',
        'les prix baisseraient au second semestre',
      ],
      [
        'Les riverains craignent en fait que la digue ne cède au prochain orage.',
        'la digue ne cède au prochain orage',
      ],
      [
        '« Le marché va se retourner », anticipe à Lyon Marc Berthier, un courtier.',
        'Le marché va se retourner',
      ],
    ];
    for (const [sentence, quote] of cases) expect(quotes(sentence)).toContain(quote);
  });

  it('a feared or anticipated thing, a bare object, is no statement', () => {
    for (const sentence of [
      'Le club redoute le match retour à Marseille.',
      'Les commerçants ont anticipé la hausse des prix en stockant des marchandises.',
    ])
      expect(quotes(sentence)).toEqual([]);
  });
});

describe('rules engine: a heading without a full stop', () => {
  it('the speaker of an inverted verb ends with its paragraph', () => {
    const text =
      'Le port de Brest rouvrira ses quais aux ferries dès lundi, annonce la préfecture\n\n' +
      'Au terme d’une semaine de tempête qui a privé de liaisons les îles du Ponant et les ports de la côte nord, les premiers navires sont attendus dans la matinée.';
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.quote, c.claimant])).toContainEqual([
      'Le port de Brest rouvrira ses quais aux ferries dès lundi',
      'la préfecture',
    ]);
  });
});

describe('rules engine: a fear is a possibility', () => {
  it('what "craindre" or "redouter" introduces is possible, in any construction', () => {
    for (const sentence of [
      'Les pêcheurs bretons craignent que le quota de sardines soit encore réduit.',
      'La direction du club redoutait que l’arbitre ne siffle un penalty.',
      '« Le pont va finir par céder », craint le maire de la commune.',
    ]) {
      const claims = claimsOf(sentence);
      expect(claims.map((c) => c.certainty)).toEqual(['possible']);
    }
  });

  it('a statement by another verb stays certain', () => {
    const claims = claimsOf('Le maire de la commune affirme que le pont est solide.');
    expect(claims.map((c) => c.certainty)).toEqual(['certain']);
  });
});

describe('rules engine: the network X ends a sentence', () => {
  it('"… sur X." is no initial: the next sentence is read on its own', () => {
    const found = quotes(
      '« Nous ne céderons rien », a écrit la maire sur X. Elle a ajouté que le conseil voterait lundi.',
    );
    expect(found).toContain('le conseil voterait lundi');
    const post = quotes(
      'Le club a annoncé le départ de son entraîneur sur le réseau social X. Il a précisé que l’intérim serait assuré par son adjoint.',
    );
    expect(post).toContain('l’intérim serait assuré par son adjoint');
  });

  it('an initial before a surname still ends no sentence', () => {
    expect(
      quotes('Le juge P. Moreau a estimé que la plainte était recevable et fondée.'),
    ).toContain('la plainte était recevable et fondée');
  });
});

describe('rules engine: tweeting reports what was tweeted', () => {
  it('"a tweeté" after a quotation or before a clause reports it', () => {
    expect(quotes('« Nous ne céderons rien », a tweeté le président du syndicat.')).toContain(
      'Nous ne céderons rien',
    );
    expect(quotes('Le député a tweeté que le texte serait voté dès mardi.')).toContain(
      'le texte serait voté dès mardi',
    );
  });

  it('a posted or published thing is no statement', () => {
    for (const sentence of [
      'Le ministre a tweeté une photo de son chien devant l’Élysée.',
      'Le journal a publié une longue enquête sur les hôpitaux de la région.',
      'La société, d’ordinaire discrète, a publié un long communiqué.',
    ])
      expect(quotes(sentence)).toEqual([]);
  });
});

describe('rules engine: what a source reports may hold a generic "on"', () => {
  it('"Selon X, on aurait …" is X\'s report, not narration', () => {
    expect(
      pairs(
        'Selon des sources proches du dossier, on aurait déjà retenu une marge de trois cents millions.',
      ),
    ).toContainEqual([
      'on aurait déjà retenu une marge de trois cents millions',
      'des sources proches du dossier',
    ]);
  });

  it('a time fronted before "on" still names no one', () => {
    expect(quotes('Chaque année, on leur demande de remplir le même formulaire.')).toEqual([]);
  });
});

describe('rules engine: "a-t-on appris" reports what was learnt, from whom it says', () => {
  it('the clause before ", a-t-on appris de X" is X\'s, or an unnamed source\'s', () => {
    expect(
      pairs(
        'Les ministres se retrouveront mardi à Luxembourg, a-t-on appris vendredi de sources diplomatiques.',
      ),
    ).toContainEqual(['Les ministres se retrouveront mardi à Luxembourg', 'sources diplomatiques']);
    expect(
      pairs(
        'Le directeur de l’usine a été suspendu, a-t-on appris auprès de la direction régionale.',
      ),
    ).toContainEqual(['Le directeur de l’usine a été suspendu', 'la direction régionale']);
    expect(quotes('La piscine rouvrira ses bassins en septembre, a-t-on appris.')).toContain(
      'La piscine rouvrira ses bassins en septembre',
    );
  });

  it('learning a skill or a lesson reports nothing', () => {
    expect(quotes('Il a appris le piano à huit ans avec sa grand-mère.')).toEqual([]);
  });
});

describe('rules engine: a plural noun phrase subject of a verb of saying with a clause', () => {
  it('"Les détectives ont expliqué que …" is theirs, speaker noun listed or not', () => {
    expect(
      pairs('Les détectives ont expliqué qu’il ne portait aucune trace de coups.'),
    ).toContainEqual(['il ne portait aucune trace de coups', 'Les détectives']);
    expect(
      pairs('Mais les sauveteurs bénévoles assurent que la plage restera surveillée en août.'),
    ).toContainEqual(['la plage restera surveillée en août', 'les sauveteurs bénévoles']);
  });

  it('a plural subject without a clause states nothing', () => {
    expect(quotes('Les détectives ont expliqué la procédure aux journalistes.')).toEqual([]);
  });
});

describe('rules engine: a source closing the sentence, with a relative about it', () => {
  it('"…, selon X, qui a précisé que …" gives X the clause before', () => {
    expect(
      quotes(
        'Deux randonneurs sont portés disparus depuis dimanche soir, selon la gendarmerie de Savoie, qui a précisé que les recherches reprendraient à l’aube.',
      ),
    ).toContain('Deux randonneurs sont portés disparus depuis dimanche soir');
  });

  it('"selon la météo nationale" names the weather service', () => {
    expect(
      pairs(
        'Les rafales pourraient dépasser 150 km/h sur les crêtes, selon la météo nationale (NWS).',
      ),
    ).toContainEqual([
      'Les rafales pourraient dépasser 150 km/h sur les crêtes',
      'la météo nationale',
    ]);
  });
});

describe('rules engine: "on a appris que" reports what an unnamed source said', () => {
  it('the clause after "On a (par ailleurs) appris que" / "On apprend que" is reported', () => {
    expect(quotes('On a par ailleurs appris que le stade sera rénové dès 2026.')).toContain(
      'le stade sera rénové dès 2026',
    );
    expect(quotes('On apprend aussi que la mairie a vendu le terrain au promoteur.')).toContain(
      'la mairie a vendu le terrain au promoteur',
    );
  });

  it('learning a skill, or a generic view, is not reported', () => {
    for (const sentence of [
      'On a appris à nager dans ce lac pendant des années.',
      'On considère que c’est à l’État de s’en occuper.',
    ])
      expect(quotes(sentence)).toEqual([]);
  });
});

describe('rules engine: "Toujours selon X," opens a reported sentence', () => {
  it('an adverb before "selon" at the start keeps the source', () => {
    expect(
      pairs('Toujours d’après la radio locale, le chantier du pont reprendra au printemps.'),
    ).toContainEqual(['le chantier du pont reprendra au printemps', 'la radio locale']);
  });
});

describe('rules engine: an order is a statement of its giver', () => {
  it('"a ordonné de …", "a ordonné à X de …" keep the verb phrase', () => {
    const found = quotes(
      'Le préfet a ordonné vendredi de fermer toutes les écoles du département. La maire a ordonné aux riverains de quitter les berges. Le président a ordonné de « prendre des mesures urgentes » contre les incendies.',
    );
    // The verb phrase is the statement; whether the auxiliary is in it is spans.ts's business.
    for (const phrase of [
      'ordonné vendredi de fermer toutes les écoles du département',
      'ordonné aux riverains de quitter les berges',
      'ordonné de « prendre des mesures urgentes » contre les incendies',
    ])
      expect(found.some((q) => q.endsWith(phrase))).toBe(true);
  });

  it("an order without an infinitive (a court's decision) or arranging things states nothing", () => {
    for (const sentence of [
      'La cour d’appel a ordonné en juillet le renvoi du dossier devant le tribunal de Lille.',
      'Elle a ordonné ses livres par ordre alphabétique.',
    ])
      expect(quotes(sentence)).toEqual([]);
  });
});
