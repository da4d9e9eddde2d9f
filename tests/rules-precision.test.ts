import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/rules.js';

const quotesOf = (text: string): string[] => claimsOf(text).map((c) => c.quote);

// Sentences written for these tests (issue 11, precision: what the engine took for claims on
// unseen pages, by class, never one page's sentence).
describe('rules engine precision: a verb of writing, telling, offering or pointing out with a bare object', () => {
  it('"écrit ses Mémoires", "raconte son enfance" state nothing', () => {
    expect(
      quotesOf('À quatre-vingts ans, la chanteuse écrit ses Mémoires dans sa maison de Sète.'),
    ).toEqual([]);
    expect(
      quotesOf('Dans ce documentaire, le boxeur raconte son enfance dans les quartiers nord.'),
    ).toEqual([]);
  });

  it('"propose un atelier", "signale un hors-jeu" offer or point out a thing', () => {
    expect(
      quotesOf('Cet été, la médiathèque propose un atelier de reliure aux enfants du quartier.'),
    ).toEqual([]);
    expect(
      quotesOf('À la dixième minute, le juge de touche signale un hors-jeu du numéro neuf.'),
    ).toEqual([]);
    expect(
      quotesOf('Le pharmacien aurait alors signalé sa découverte aux services sanitaires.'),
    ).toEqual([]);
  });

  it('"propose de …", "signale que …" still report', () => {
    expect(quotesOf('La maire propose de fermer la rue aux voitures le dimanche.')).toEqual([
      'propose de fermer la rue aux voitures le dimanche',
    ]);
    expect(quotesOf('La préfecture signale que la route restera fermée jusqu’à lundi.')).toEqual([
      'la route restera fermée jusqu’à lundi',
    ]);
  });

  it('with a clause, a colon or a quotation they still report', () => {
    expect(quotesOf('Le maire écrit que les travaux dureront deux ans de plus.')).toEqual([
      'les travaux dureront deux ans de plus',
    ]);
    expect(quotesOf('L’archéologue raconte que la grotte était connue des bergers.')).toEqual([
      'la grotte était connue des bergers',
    ]);
    expect(
      quotesOf('Plusieurs élus s’interrogent : pourquoi la ligne ferme-t-elle si tôt le soir ?'),
    ).toEqual(['pourquoi la ligne ferme-t-elle si tôt le soir ?']);
  });
});

describe('rules engine precision: a subject that names no one', () => {
  it('generic "on" and the writer’s "nous" are no speakers', () => {
    expect(quotesOf('Dans ce métier, on estime que la saison commence en avril.')).toEqual([]);
    expect(quotesOf('Chaque année, on leur demande de revenir avec trois justificatifs.')).toEqual(
      [],
    );
    expect(quotesOf('Nous pensons que cette méthode vaut pour d’autres disciplines.')).toEqual([]);
  });

  it('a place before "on", an inverted "on" and a named subject still speak', () => {
    expect(
      quotesOf('À la préfecture, on leur demande de revenir avec trois justificatifs.'),
    ).toEqual(['demande de revenir avec trois justificatifs']);
    expect(quotesOf('À Matignon, on assure que le calendrier sera tenu.')).toEqual([
      'le calendrier sera tenu',
    ]);
    expect(quotesOf('« Le calendrier sera tenu », assure-t-on à Matignon.')).toEqual([
      'Le calendrier sera tenu',
    ]);
    expect(quotesOf('La syndicaliste estime que la saison commence trop tôt.')).toHaveLength(1);
  });
});

describe('rules engine precision: verb forms that report nothing', () => {
  it('a verb that is not reflexive, with "se", is a passive or a change of state', () => {
    expect(
      quotesOf('Ce projet, s’il se confirme, montre à quel point la ville manque de logements.'),
    ).toEqual([]);
    expect(quotesOf('Le chantier se révèle très complexe pour les ouvriers de la ville.')).toEqual(
      [],
    );
    expect(quotesOf('Le retard du chantier s’explique par les pluies de novembre.')).toEqual([]);
  });

  it('saying something of oneself with "se" still reports: "se dit prêt", "s’estime lésé"', () => {
    expect(quotesOf('Le maire se dit prêt à rouvrir le dossier des cantines.')).toHaveLength(1);
    expect(quotesOf('L’infirmière s’estime lésée par cette décision du conseil.')).toHaveLength(1);
  });

  it('a verb form right after a preposition is a noun: "sans doute"', () => {
    expect(
      quotesOf('Travailler plus longtemps sera sans doute nécessaire pour les jeunes.'),
    ).toEqual([]);
  });
});

describe('rules engine recall kept: a closing "comme l’explique X"', () => {
  it('gives the clause before it to X', () => {
    const claims = claimsOf(
      'Le barrage retient mieux les crues, mais son entretien coûte cher, comme l’explique l’hydrologue Marc Venner :',
    );
    expect(claims.map((c) => c.quote)).toEqual([
      'Le barrage retient mieux les crues, mais son entretien coûte cher',
    ]);
    expect(claims[0]?.claimant).toContain('Marc Venner');
  });
});

describe('rules engine precision: quoted terms and titles', () => {
  it('guillemets after an article, a preposition or a naming noun mark a term', () => {
    expect(
      quotesOf(
        'Le jury accorde ou refuse la « mention spéciale des enseignants » aux candidats de juin.',
      ),
    ).toEqual([]);
    expect(quotesOf('Une « déferlante », écrit-il, menacerait les petites librairies.')).toEqual(
      [],
    );
    expect(
      quotesOf(
        'La préfète a lancé l’opération « un été sans noyade » sur les plages du département.',
      ),
    ).toEqual([]);
    expect(quotesOf('(lire « Les derniers bergers des Causses, un métier en sursis »)')).toEqual(
      [],
    );
  });

  it('the sentence around a quoted term is still read: its reporting verb reports it all', () => {
    expect(
      quotesOf('Le syndicat estime que ces contrats passent « entre les gouttes » depuis dix ans.'),
    ).toEqual(['ces contrats passent « entre les gouttes » depuis dix ans']);
    expect(
      quotesOf('Les travaux ont été menés sans « permis de construire », affirme le syndicat.'),
    ).toEqual(['Les travaux ont été menés sans « permis de construire »']);
  });

  it('a quotation after a verb or a colon is still a statement', () => {
    expect(quotesOf('Le maire dénonce « une décision brutale et injuste ».')).toHaveLength(1);
    expect(quotesOf('« Une décision brutale », a dénoncé le maire.')).toEqual([
      'Une décision brutale',
    ]);
  });
});

describe('rules engine precision: participles, passives and refusals to comment', () => {
  it('a finding verb as a participle states nothing: "le DVD montrant les images"', () => {
    expect(
      quotesOf('Il est accusé d’avoir détenu le DVD montrant les images de la caméra du parking.'),
    ).toEqual([]);
  });

  it('a participle with its agent is a passive: "le rapport écrit par …"', () => {
    expect(
      quotesOf('La décision découle du rapport écrit par le média d’investigation Vigie.'),
    ).toEqual([]);
    expect(quotesOf('Le ministre écrit par ailleurs que la réforme sera votée.')).toEqual([
      'la réforme sera votée',
    ]);
  });

  it('refusing to comment is no denial; refusing a demand is', () => {
    expect(
      quotesOf(
        'Pour l’heure, les dirigeants du club ont refusé de faire des commentaires publics.',
      ),
    ).toEqual([]);
    expect(quotesOf('Le maire refuse de commenter la décision du tribunal.')).toEqual([]);
    expect(
      claimsOf('Le maire refuse de payer l’amende infligée par la préfecture.')[0]?.stance,
    ).toBe('denies');
  });
});

describe('rules engine precision: a sentence ends after a quotation closed on its full stop', () => {
  it('the next sentence is read on its own, not glued to the quotation', () => {
    const quotes = quotesOf(
      '« Recevoir des inconnus est compliqué. Il a fallu apprendre. » La directrice reconnaît également que la rédaction a tardé à réagir.',
    );
    expect(quotes).toContain('la rédaction a tardé à réagir');
    expect(quotes.some((q) => q.includes('apprendre') && q.includes('tardé'))).toBe(false);
  });

  it('a quotation followed by its lower-case incise stays one sentence', () => {
    expect(
      claimsOf('« Nous fermerons le site en juin. » explique la directrice du musée.').map(
        (c) => c.claimant,
      ),
    ).toEqual(['la directrice du musée']);
  });
});

describe('rules engine precision: the statement without its speaker', () => {
  it('an infinitive complement is the statement, as a "que" clause is', () => {
    expect(
      quotesOf('En soirée, la ministre, jointe par téléphone, a confié avoir prévenu les maires.'),
    ).toEqual(['avoir prévenu les maires']);
    const denial = claimsOf('Le directeur assure également n’avoir jamais reçu cette lettre.')[0];
    expect([denial?.quote, denial?.stance]).toEqual(['n’avoir jamais reçu cette lettre', 'denies']);
  });

  it('whom the speaker told stays out: "a raconté à l’agence Reuters avoir vu …"', () => {
    expect(
      quotesOf('Une voisine a raconté à l’agence Reuters avoir vu un homme courir vers la gare.'),
    ).toEqual(['avoir vu un homme courir vers la gare']);
    expect(quotesOf('Le préfet a dit à la presse que la gare rouvrira lundi.')).toEqual([
      'la gare rouvrira lundi',
    ]);
  });

  it('an adverbial phrase before "que" stays out: "a annoncé par avance que …"', () => {
    expect(
      quotesOf(
        'Pour calmer les esprits, la présidente avait annoncé par avance qu’elle saisirait le tribunal.',
      ),
    ).toEqual(['elle saisirait le tribunal']);
  });
});
