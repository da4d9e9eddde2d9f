import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/rules.js';

const quotes = (text: string): string[] => claimsOf(text).map((c) => c.quote);
const pairs = (text: string): string[][] => claimsOf(text).map((c) => [c.quote, c.claimant]);

// Sentences written for these tests (issue 11, round 6 precision: the recall rules widened what
// counts as a speaker; these are the near-misses where nobody speaks). Several genres and press
// styles; each table has the shapes that must still give a claim next to those that must not.

describe('rules engine: a verb after its own subject and an apposition is no inverted incise', () => {
  it('"Le film, sorti en 1998, raconte l’histoire …": the phrase after the verb is its object', () => {
    const cases: [string, string][] = [
      [
        'Le film, sorti en 1998, raconte l’histoire d’un boxeur déchu.',
        'l’histoire d’un boxeur déchu',
      ],
      [
        'Le documentaire, tourné en Guinée, raconte le quotidien des orpailleurs.',
        'le quotidien des orpailleurs',
      ],
      [
        'Son livre, paru chez Gallimard, décrit la vie des mineurs du Nord.',
        'la vie des mineurs du Nord',
      ],
      [
        'Dans sa lettre, le détenu, âgé de 34 ans, dénonce les conditions de détention.',
        'les conditions de détention',
      ],
      ['L’arrêt, rendu mardi, confirme la condamnation du maire.', 'la condamnation du maire'],
      [
        'Dans ce livre, l’auteur, ancien ingénieur, explique le fonctionnement des centrales nucléaires.',
        'le fonctionnement des centrales nucléaires',
      ],
      [
        'Le rapport, publié jeudi par la Cour des comptes, détaille la dérive des dépenses.',
        'la dérive des dépenses',
      ],
    ];
    for (const [sentence, object] of cases)
      expect(
        claimsOf(sentence).map((c) => c.claimant),
        sentence,
      ).not.toContain(object);
  });

  it('a clause before the verb keeps its inverted subject, appositions and all', () => {
    const cases: [string, string, string][] = [
      [
        'Le trafic, interrompu depuis mardi, reprendra lundi, a fait savoir la compagnie ferroviaire.',
        'Le trafic, interrompu depuis mardi, reprendra lundi',
        'la compagnie ferroviaire',
      ],
      [
        'Le suspect, âgé de 25 ans, a été placé en garde à vue, a indiqué le parquet de Liège.',
        'Le suspect, âgé de 25 ans, a été placé en garde à vue',
        'le parquet de Liège',
      ],
      [
        'Le match est reporté à une date ultérieure, a annoncé la fédération camerounaise.',
        'Le match est reporté à une date ultérieure',
        'la fédération camerounaise',
      ],
      [
        'Les négociations n’ont pas abouti, regrette la direction de l’usine.',
        'Les négociations n’ont pas abouti',
        'la direction de l’usine',
      ],
    ];
    for (const [sentence, quote, claimant] of cases)
      expect(pairs(sentence), sentence).toContainEqual([quote, claimant]);
  });
});

describe('rules engine: a verb in a series of acts of one subject is no inverted incise', () => {
  it('"…, salue la foule et entonne …": another verb of the subject before or after makes a series', () => {
    const cases: [string, string][] = [
      ['La chanteuse monte sur scène, salue la foule et entonne son premier titre.', 'la foule'],
      ['Il s’est assis à son bureau et, le soir venu, a écrit la lettre.', 'la lettre'],
      ['Le procureur se lève, rappelle les faits, réclame cinq ans de prison.', 'les faits'],
      ['Elle rentre chez elle et, sans un mot, raconte la scène à son mari.', 'la scène'],
    ];
    for (const [sentence, object] of cases)
      expect(
        claimsOf(sentence).map((c) => c.claimant),
        sentence,
      ).not.toContain(object);
  });
});

describe('rules engine: a phrase outside the speaker nouns after a verb in a series of presents', () => {
  it('"Le rapport décrit …, détaille la surpopulation": two acts of one subject, no incise', () => {
    const cases: [string, string][] = [
      ['La chanteuse monte sur scène, salue la foule.', 'la foule'],
      ['Puis il se tourne vers le public, salue la foule.', 'la foule'],
      [
        'Le rapport décrit la situation des prisons, détaille la surpopulation dans chaque établissement.',
        'la surpopulation',
      ],
    ];
    for (const [sentence, object] of cases)
      expect(
        claimsOf(sentence).map((c) => c.claimant),
        sentence,
      ).not.toContain(object);
  });

  it('a statement in another tense or mood keeps such a phrase as its inverted subject', () => {
    const cases: [string, string][] = [
      ['Il faudra attendre le printemps, a averti la météo nationale.', 'la météo nationale'],
      [
        'Le pont sera fermé tout l’été, indique la signalisation routière.',
        'la signalisation routière',
      ],
      [
        'Les prix ont encore grimpé en mars, note la boulangerie artisanale du quartier.',
        'la boulangerie artisanale du quartier',
      ],
    ];
    for (const [sentence, claimant] of cases)
      expect(
        claimsOf(sentence).map((c) => c.claimant),
        sentence,
      ).toContain(claimant);
  });
});

describe('rules engine: "selon" a norm is "in accordance with", not a source', () => {
  it('laws, contracts, rules, customs and set phrases after "selon" name no speaker', () => {
    for (const sentence of [
      'Selon les termes du contrat, le club doit verser trois millions d’euros.',
      'Selon les termes de l’accord, Kinshasa recevra 300 millions de dollars.',
      'Selon la loi, les commerces doivent fermer le dimanche.',
      'Selon le règlement intérieur, les portables sont interdits en classe.',
      'Selon la Constitution, le président est élu pour cinq ans.',
      'Selon la tradition, le vainqueur offre la tournée au village.',
      'Selon la coutume, les familles se réunissent autour du chef du village.',
      'Selon le barème en vigueur, l’amende atteint 135 euros.',
      'Selon le protocole sanitaire, les élèves doivent porter un masque.',
      'Selon l’expression consacrée, les jeux sont faits.',
      'Selon l’adage, nul n’est censé ignorer la loi.',
      'Selon l’article 12 du règlement, le joueur expulsé est suspendu deux matchs.',
    ])
      expect(pairs(sentence), sentence).toEqual([]);
  });

  it('sources after "selon" still speak: bodies, people, studies, figures, the press', () => {
    const cases: [string, string][] = [
      [
        'Selon une étude publiée dans The Lancet, le tabac tue huit millions de personnes par an.',
        'le tabac tue huit millions de personnes par an',
      ],
      [
        'Selon les chiffres de l’Insee, le chômage a reculé de 0,2 point.',
        'le chômage a reculé de 0,2 point',
      ],
      [
        'Le bilan s’élève à douze morts, selon la radio nationale.',
        'Le bilan s’élève à douze morts',
      ],
      [
        'Selon la procureure de Lyon, le suspect a reconnu les faits.',
        'le suspect a reconnu les faits',
      ],
      [
        'Selon un article du Soir, le club aurait trouvé un repreneur.',
        'le club aurait trouvé un repreneur',
      ],
    ];
    for (const [sentence, quote] of cases) expect(quotes(sentence), sentence).toContain(quote);
  });
});

describe('rules engine: "selon" a plan, a procedure or a ritual is a manner of doing', () => {
  it('the way something is done names no speaker, adjectives before the noun included', () => {
    for (const sentence of [
      'Selon un scénario bien rodé, les voleurs ont neutralisé l’alarme avant d’entrer.',
      'Selon un rituel immuable, le président dépose une gerbe au monument aux morts.',
      'Selon une logique implacable, les prix suivent la demande.',
      'Selon le même mode opératoire, les cambrioleurs ont visé trois villas.',
      'Selon le plan prévu, les troupes se retireront en juin.',
      'Selon le programme annoncé, la visite débutera à 10 heures.',
      'Selon la procédure habituelle, le corps a été autopsié.',
      'Selon le bon vieux principe, on ne change pas une équipe qui gagne.',
    ])
      expect(pairs(sentence), sentence).toEqual([]);
  });

  it('a poll, a body or a recommending body after "selon" still speaks', () => {
    const cases: [string, string][] = [
      [
        'Selon un sondage Ifop, 60 % des Français soutiennent la réforme.',
        '60 % des Français soutiennent la réforme',
      ],
      ['Selon la direction, 300 postes seront supprimés.', '300 postes seront supprimés'],
      [
        'Selon le dernier décompte des autorités, le séisme a fait 2 000 morts.',
        'le séisme a fait 2 000 morts',
      ],
    ];
    for (const [sentence, quote] of cases) expect(quotes(sentence), sentence).toContain(quote);
  });
});

describe('rules engine: a song or a title in quotation marks is no statement', () => {
  it('singing a song is no saying: "« … », fredonne-t-il", "…, entonne la foule"', () => {
    for (const sentence of [
      '« Le Temps des cerises », fredonne-t-il en marchant.',
      '« La vie est belle », chantait-il sous la douche chaque matin.',
    ])
      expect(pairs(sentence), sentence).toEqual([]);
  });

  it('manner incises still mark speech: "sourit-il", "soupire le vieil homme"', () => {
    expect(quotes('« Nous allons gagner ce match », sourit-il.')).toEqual([
      'Nous allons gagner ce match',
    ]);
    expect(pairs('« Je suis fatigué de tout cela », soupire le vieil homme.')).toEqual([
      ['Je suis fatigué de tout cela', 'le vieil homme'],
    ]);
  });
});

describe('rules engine: a title in quotation marks before an incise of any verb', () => {
  it('a quoted noun phrase read, seen or sung ("« Au bonheur des dames », découvre-t-il") is no statement', () => {
    for (const sentence of [
      '« Les Raisins de la colère », relisait-elle chaque été au chalet.',
      '« Au bonheur des dames », découvre-t-il à quinze ans.',
      '« Le monde est stone », interprétait Fabienne Thibeault en 1978.',
    ])
      expect(pairs(sentence), sentence).toEqual([]);
  });

  it('a quoted clause before an incise of any verb is still said', () => {
    const cases: [string, string][] = [
      [
        '« Nous devons rester unis face à la crise », lançait Alassane Ouattara devant les députés.',
        'Alassane Ouattara',
      ],
      ['« Il faut que tu manges », insiste-t-elle auprès de son fils.', 'elle'],
      ['« On verra bien dimanche soir », rigole-t-il.', 'il'],
      [
        '« Les résultats obtenus comme coach parlent pour lui », présentait Roland Duchatelet lors de la conférence de presse.',
        'Roland Duchatelet',
      ],
      ['« Une erreur historique et un immense gâchis », s’étrangle-t-il.', 'il'],
    ];
    for (const [sentence, claimant] of cases)
      expect(
        claimsOf(sentence).map((c) => c.claimant),
        sentence,
      ).toEqual([claimant]);
  });
});

describe('rules engine: "a-t-on appris" names its source, not the day', () => {
  it('a day or a place after "a-t-on appris" is no source', () => {
    const cases: [string, string][] = [
      ['La ville a été placée en état d’alerte, a-t-on appris mardi.', 'on'],
      ['Le joueur souffre d’une entorse, apprend-on dans la presse locale.', 'la presse locale'],
      [
        'Les deux hommes avaient été libérés sous caution, a-t-on appris jeudi de source judiciaire.',
        'source judiciaire',
      ],
    ];
    for (const [sentence, claimant] of cases)
      expect(
        claimsOf(sentence).map((c) => c.claimant),
        sentence,
      ).toEqual([claimant]);
  });
});

describe('rules engine: before a colon, the subject speaks only by a verb that produces the speech', () => {
  it('receiving or reading answers is no speaking: "Les élèves ont reçu les réponses :"', () => {
    for (const sentence of [
      'Les élèves ont reçu les réponses à leurs questions : le bac aura lieu.',
      'Les syndicats ont reçu les explications du ministre : la réforme est maintenue.',
      'Le maire a lu les déclarations du préfet : la route sera fermée tout l’été.',
      'Les députés ont écouté les déclarations du Premier ministre : la réforme sera votée en mars.',
    ])
      expect(
        claimsOf(sentence).map((c) => c.claimant),
        sentence,
      ).not.toContain(sentence.split(/\s(?:ont|a)\s/u)[0]);
  });

  it('making, giving or delivering it is: "a fait une annonce :", "a livré ses explications :"', () => {
    const cases: [string, string][] = [
      ['Le FC Sion a fait une annonce surprise : le président quitte le club.', 'Le FC Sion'],
      [
        'Le gouvernement a tenu des propos rassurants : aucune hausse d’impôt n’est prévue.',
        'Le gouvernement',
      ],
      ['L’entraîneur a livré ses explications : l’équipe manquait de fraîcheur.', 'L’entraîneur'],
      ['La ministre a donné sa réponse : les crèches seront gratuites.', 'La ministre'],
    ];
    for (const [sentence, claimant] of cases)
      expect(
        claimsOf(sentence).map((c) => c.claimant),
        sentence,
      ).toEqual([claimant]);
  });
});

describe('rules engine: a quotation and a comma before a verb is no subject', () => {
  it('"« Les Misérables », a rappelé le metteur en scène, reste …": the title does not speak', () => {
    for (const sentence of [
      '« Les Misérables », a rappelé le metteur en scène, reste la pièce la plus jouée en France.',
      '« La Peste », a rappelé le professeur.',
    ])
      expect(
        claimsOf(sentence).map((c) => c.claimant),
        sentence,
      ).not.toContain(/« ([^»]+) »/u.exec(sentence)?.[1]);
  });

  it('a quotation before an incise keeps its speaker', () => {
    const cases: [string, string, string][] = [
      [
        '« Nous sommes prêts à tout », a rappelé le ministre, avant de quitter la salle.',
        'Nous sommes prêts à tout',
        'le ministre',
      ],
      [
        '« Le projet est enterré », a déclaré le maire de Namur.',
        'Le projet est enterré',
        'le maire de Namur',
      ],
    ];
    for (const [sentence, quote, claimant] of cases)
      expect(pairs(sentence), sentence).toContainEqual([quote, claimant]);
  });
});
