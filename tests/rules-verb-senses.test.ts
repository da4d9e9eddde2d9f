import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/rules.js';

const pairs = (text: string): string[][] => claimsOf(text).map((c) => [c.quote, c.claimant]);

// Sentences written for these tests (issue 11: reporting verbs in their other senses and parts
// of speech, verb-senses.ts). Sports, construction, economy, weather, court, politics, Belgian
// and Quebec prose; each table pairs the shapes that must give no claim with near-misses that
// must still give one.

describe('rules engine: a verb form used as an adjective or a noun states nothing', () => {
  it('after a degree adverb, a copula, a complement or a preposition, the form is no verb', () => {
    const none = [
      'Cette affaire illustre la dépendance critique des hôpitaux envers les fournisseurs étrangers.',
      'Les pompiers évoquent une situation critique sur le front de l’incendie.',
      'Les élus, dans un esprit critique, examinent le budget de la commune.',
      'La défense centrale, dans une forme critique depuis la reprise, a encaissé trois buts à Lens.',
      'Le gardien, très critique envers l’arbitrage, a quitté la pelouse sans un mot.',
      'Le tribunal a rendu une décision précise sur ce point de droit.',
    ];
    for (const sentence of none) expect(claimsOf(sentence), sentence).toEqual([]);
  });

  it('the adjective inside a statement leaves the statement to its real verb', () => {
    expect(
      pairs(
        'Le comité d’experts livre une analyse critique des comptes de la commune, a indiqué le maire.',
      ),
    ).toEqual([
      ['Le comité d’experts livre une analyse critique des comptes de la commune', 'le maire'],
    ]);
  });

  it('in verb position, after its subject, the same forms still report', () => {
    const cases: [string, string, string][] = [
      [
        'La CGT critique la réforme des retraites adoptée par le Sénat.',
        'critique la réforme des retraites adoptée par le Sénat',
        'La CGT',
      ],
      [
        'L’avocat de la défense critique la méthode des enquêteurs.',
        'critique la méthode des enquêteurs',
        'L’avocat de la défense',
      ],
      [
        'Dans un communiqué, le syndicat critique la réforme.',
        'critique la réforme',
        'le syndicat',
      ],
      [
        'Le président de la commission juge que le texte est prêt.',
        'le texte est prêt',
        'Le président de la commission',
      ],
      [
        'Le parquet de Liège estime que les faits sont établis.',
        'les faits sont établis',
        'Le parquet de Liège',
      ],
      [
        'Le maire note que les travaux ont pris du retard.',
        'les travaux ont pris du retard',
        'Le maire',
      ],
      [
        'La note publiée par le ministère estime que le déficit dépassera 5 %.',
        'le déficit dépassera 5 %',
        'La note publiée par le ministère',
      ],
      [
        'L’entraîneur précise que le joueur sera absent trois semaines.',
        'le joueur sera absent trois semaines',
        'L’entraîneur',
      ],
    ];
    for (const [sentence, quote, claimant] of cases) {
      expect(pairs(sentence), sentence).toContainEqual([quote, claimant]);
    }
  });
});

describe('rules engine: "accuser" meaning "show" and "demander" meaning "require"', () => {
  it('"accuse un retard, une baisse, une perte, le coup, réception" shows, it does not accuse', () => {
    const none = [
      'Le chantier accuse un retard de six mois sur le calendrier initial.',
      'La Bourse de Bruxelles accusait une baisse de 1,5 % à la mi-séance.',
      'Le constructeur accuse une perte nette de 300 millions au troisième trimestre.',
      'La balance commerciale accuse un déficit record en mars.',
      'Le leader du championnat a accusé le coup après sa défaite à Nantes.',
      'Le ministre accuse réception de la lettre des maires.',
    ];
    for (const sentence of none) expect(claimsOf(sentence), sentence).toEqual([]);
  });

  it('an accusation of someone, of something done, stays a claim', () => {
    const cases: [string, string, string][] = [
      [
        'Le ministre accuse l’opposition de mentir aux Français.',
        'accuse l’opposition de mentir aux Français',
        'Le ministre',
      ],
      [
        'Le parquet accuse l’ancien trésorier d’avoir détourné 200 000 euros.',
        'accuse l’ancien trésorier d’avoir détourné 200 000 euros',
        'Le parquet',
      ],
      [
        'Le syndicat accuse le maire de cacher le coût réel du stade.',
        'accuse le maire de cacher le coût réel du stade',
        'Le syndicat',
      ],
    ];
    for (const [sentence, quote, claimant] of cases) {
      expect(pairs(sentence), sentence).toEqual([[quote, claimant]]);
    }
  });

  it('a task or a work that "demande du temps" requires it, and asks nothing', () => {
    const none = [
      'Un ouvrage de cette taille demande maturation et patience.',
      'Ce chantier demande du temps et beaucoup de main-d’oeuvre.',
      'La rénovation du pont Champlain demande du temps et des moyens importants.',
      'Ce travail de fourmi demande beaucoup de patience aux enquêteurs.',
    ];
    for (const sentence of none) expect(claimsOf(sentence), sentence).toEqual([]);
  });

  it('a person, a body or a report that asks stays a claim, whatever its object', () => {
    const cases: [string, string, string][] = [
      ['Le rapport demande la fermeture du site.', 'demande la fermeture du site', 'Le rapport'],
      // "leur" is a clitic here, not a determiner glued to a noun.
      [
        'Le syndicat leur demande de reprendre le travail lundi.',
        'demande de reprendre le travail lundi',
        'Le syndicat',
      ],
      [
        'Elle demande à être entendue par le juge d’instruction.',
        'demande à être entendue par le juge d’instruction',
        'Elle',
      ],
      [
        'Le syndicat demande du temps pour examiner le texte.',
        'demande du temps pour examiner le texte',
        'Le syndicat',
      ],
      [
        'Le maire demande des moyens supplémentaires à l’État.',
        'demande des moyens supplémentaires à l’État',
        'Le maire',
      ],
      [
        'La ministre demande à la Région de financer le tramway.',
        'demande à la Région de financer le tramway',
        'La ministre',
      ],
    ];
    for (const [sentence, quote, claimant] of cases) {
      expect(pairs(sentence), sentence).toEqual([[quote, claimant]]);
    }
  });
});

describe('rules engine: "annoncer" meaning "foretell" with a sign or an event as subject', () => {
  it('weather, results, events and changes in figures announce nothing', () => {
    const none = [
      'Le ciel annonce la pluie pour la fin de semaine.',
      'Ce résultat annonce une fin de saison difficile pour Lorient.',
      'La défaite de dimanche annonce une fin de saison difficile pour le club.',
      'La hausse des taux annonce un ralentissement du marché immobilier.',
    ];
    for (const sentence of none) expect(claimsOf(sentence), sentence).toEqual([]);
  });

  it('a person, a body, a service or a newspaper announcing stays a claim', () => {
    const cases: [string, string, string][] = [
      ['Le club annonce le départ de son entraîneur.', 'le départ de son entraîneur', 'Le club'],
      [
        'Météo-France annonce de fortes pluies sur la Bretagne.',
        'de fortes pluies sur la Bretagne',
        'Météo-France',
      ],
      [
        'Le gouvernement annonce la fin de la saison de chasse.',
        'la fin de la saison de chasse',
        'Le gouvernement',
      ],
      [
        'Le Temps annonce que le canton va fermer deux écoles.',
        'le canton va fermer deux écoles',
        'Le Temps',
      ],
    ];
    for (const [sentence, quote, claimant] of cases) {
      expect(pairs(sentence), sentence).toEqual([[quote, claimant]]);
    }
  });
});
