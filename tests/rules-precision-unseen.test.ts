import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/rules.js';

const claimants = (text: string): string[] => claimsOf(text).map((c) => c.claimant);
const pairs = (text: string): string[][] => claimsOf(text).map((c) => [c.quote, c.claimant]);

// Sentences written for these tests (issue 11, round 7: the widened speaker paths read as
// grammar). Sports, court, Belgian, Quebec, economics and city-hall prose; each table has the
// shapes that must give no claim, or no such claimant, next to near-misses that must still give one.

describe('rules engine: a subject with its relative, adverbial or apposition is no statement', () => {
  it('"Le club, dont le budget a fondu, a confirmé le départ …": the object is not the speaker', () => {
    const cases: [string, string, string][] = [
      [
        'Le club, dont le budget a fondu de moitié, a confirmé le départ de son capitaine vers Lens.',
        'le départ de son capitaine vers Lens',
        'Le club',
      ],
      [
        'Le tribunal, que présidait Mme Durand, a rappelé les faits reprochés au prévenu.',
        'les faits reprochés au prévenu',
        'Le tribunal',
      ],
      [
        'La ville de Québec, où le conseil siégeait hier soir, a annoncé la réfection du pont Champlain.',
        'la réfection du pont Champlain',
        'La ville de Québec',
      ],
      [
        'Le procureur, dans son réquisitoire, a rappelé les antécédents judiciaires du prévenu.',
        'les antécédents judiciaires du prévenu',
        'Le procureur',
      ],
      [
        'Paul Ravel, le président du club, a annoncé la vente du stade à la commune.',
        'la vente du stade à la commune',
        'le président du club',
      ],
    ];
    for (const [sentence, object, subject] of cases) {
      expect(claimants(sentence), sentence).not.toContain(object);
      expect(pairs(sentence), sentence).toContainEqual([object, subject]);
    }
  });

  it('a clause before the verb, even one ending on a relative, keeps its inverted subject', () => {
    const cases: [string, string, string][] = [
      [
        'Il faut soutenir les agriculteurs, qui souffrent depuis des mois, a déclaré le ministre.',
        'Il faut soutenir les agriculteurs, qui souffrent depuis des mois',
        'le ministre',
      ],
      [
        'Le suspect a été interpellé à son domicile, dans la nuit, a indiqué le parquet de Namur.',
        'Le suspect a été interpellé à son domicile, dans la nuit',
        'le parquet de Namur',
      ],
      [
        'La croissance devrait ralentir à 0,8 % l’an prochain, a averti la Banque de France.',
        'La croissance devrait ralentir à 0,8 % l’an prochain',
        'la Banque de France',
      ],
    ];
    for (const [sentence, quote, claimant] of cases)
      expect(pairs(sentence), sentence).toContainEqual([quote, claimant]);
  });
});

describe('rules engine: an event or a change after an inverted verb is no speaker', () => {
  it('"…, explique la hausse des prix", "», conclut le match": the verb has its other sense', () => {
    const cases: [string, string][] = [
      [
        'Les loyers ont encore grimpé de 8 % cette année, explique la hausse des prix de l’énergie.',
        'la hausse des prix de l’énergie',
      ],
      [
        'L’équipe a perdu trois matches d’affilée, confirme la tendance observée depuis septembre.',
        'la tendance observée',
      ],
      ['« On a manqué de tout ce soir », conclut le match sur une note amère.', 'le match'],
    ];
    for (const [sentence, phrase] of cases)
      expect(claimants(sentence), sentence).not.toContain(phrase);
  });

  it('a body or a document after the same verbs still speaks', () => {
    const cases: [string, string][] = [
      [
        'La piscine restera fermée jusqu’en mars, a annoncé la commune dans un communiqué.',
        'la commune',
      ],
      ['Le déficit atteindra 3 % du PIB en 2025, estime le rapport publié mardi.', 'le rapport'],
      ['« On a manqué de tout ce soir », a conclu l’entraîneur après la défaite.', 'l’entraîneur'],
    ];
    for (const [sentence, claimant] of cases)
      expect(claimants(sentence).join(' | '), sentence).toContain(claimant);
  });
});

describe('rules engine: "selon" a dimension or before a variation is "depending on"', () => {
  it('measures and properties of a thing, and statements of variation, name no source', () => {
    for (const sentence of [
      'Selon la durée du contrat, l’indemnité est de deux à six mois de salaire.',
      'Selon le poids du colis, les frais de port passent de 5 à 12 euros.',
      'Selon la gravité des blessures, les victimes ont été transportées à Liège ou à Namur.',
      'Selon la formule choisie, le prix va de deux à six euros par mois.',
      'Selon la commune, la taxe varie fortement d’un quartier à l’autre.',
    ])
      expect(claimsOf(sentence), sentence).toEqual([]);
  });

  it('sources, figures and known speakers after "selon" still report, variation or not', () => {
    const cases: [string, string][] = [
      [
        'Selon les chiffres de l’Insee, le chômage a reculé de 0,2 point au troisième trimestre.',
        'le chômage a reculé de 0,2 point au troisième trimestre',
      ],
      [
        'Selon les experts, les prix varient de 2 à 5 % selon les régions.',
        'les prix varient de 2 à 5 % selon les régions',
      ],
      [
        'Selon la météo, les orages devraient toucher le sud du pays dès mardi soir.',
        'les orages devraient toucher le sud du pays dès mardi soir',
      ],
    ];
    for (const [sentence, quote] of cases)
      expect(
        claimsOf(sentence).map((c) => [c.quote, c.stance]),
        sentence,
      ).toContainEqual([quote, 'reports']);
  });
});

describe('rules engine: a subject that opens inside a quoted title speaks for no one', () => {
  it('a press list line "Article X – “Des gamers soutiennent …”" gives no claim', () => {
    const text =
      'Revue de presse\n\n6 décembre 2019 : Article Stratégies – “Des gamers soutiennent la grève des cheminots sur Twitch”\n\n7 décembre 2019 : Reportage du journal télévisé de 13 heures';
    expect(claimsOf(text)).toEqual([]);
  });

  it('a subject outside the marks still speaks: "Le syndicat soutient la grève des cheminots"', () => {
    expect(pairs('Le syndicat soutient “sans réserve” la grève des cheminots.')).not.toEqual([]);
  });
});

describe('rules engine: "à en croire", "de l’avis de", "aux yeux de" name a source', () => {
  it('the clause after them is reported by the source', () => {
    const cases: [string, string, string][] = [
      [
        'À en croire le syndicat, la moitié des enseignants seront en grève jeudi.',
        'la moitié des enseignants seront en grève jeudi',
        'le syndicat',
      ],
      [
        'De l’avis de plusieurs économistes, la reprise restera fragile jusqu’à l’été.',
        'la reprise restera fragile jusqu’à l’été',
        'plusieurs économistes',
      ],
      [
        'Aux yeux du bourgmestre, la fusion des deux zones de police est inévitable.',
        'la fusion des deux zones de police est inévitable',
        'bourgmestre',
      ],
      [
        'Aux yeux de Paul Ravel, le club ne peut plus se permettre de recruter cet hiver.',
        'le club ne peut plus se permettre de recruter cet hiver',
        'Paul Ravel',
      ],
    ];
    for (const [sentence, quote, source] of cases) {
      const found = claimsOf(sentence).find((c) => c.quote === quote);
      expect(found?.claimant, sentence).toContain(source);
      expect(found?.stance, sentence).toBe('reports');
    }
  });

  it('a law, the common view or everyone is no source', () => {
    for (const sentence of [
      'Aux yeux de la loi, le propriétaire reste responsable des dégâts causés par son chien.',
      'De l’avis général, la rencontre a été d’un niveau très moyen.',
    ])
      expect(claimsOf(sentence), sentence).toEqual([]);
  });
});

describe('rules engine: a speaker alone before a colon and a quotation', () => {
  it('"Le maire : « … »" is the maire’s statement', () => {
    const cases: [string, string, string][] = [
      [
        'Le conseil a siégé jusqu’à minuit. Le maire : « Nous ne fermerons aucune école cette année. »',
        'Nous ne fermerons aucune école cette année.',
        'Le maire',
      ],
      [
        'L’audience a repris à 14 heures. L’avocat de la défense : « Mon client n’a jamais mis les pieds dans cet entrepôt. »',
        'Mon client n’a jamais mis les pieds dans cet entrepôt.',
        'L’avocat de la défense',
      ],
    ];
    for (const [text, quote, claimant] of cases)
      expect(pairs(text), text).toContainEqual([quote, claimant]);
  });

  it('a menu, a programme or an unquoted list after a colon is nobody’s', () => {
    for (const text of [
      'La cantine rouvre lundi. Au menu du jour : « une soupe de saison et un gratin de légumes ».',
      'La visite est prévue jeudi. Le programme : « Réunion à 9 heures, visite du chantier à 11 heures. »',
      'Le bilan est lourd. Les victimes : trois enfants et deux adultes du même quartier.',
      'La campagne est lancée. Le programme du candidat : « Moins d’impôts, plus de police. »',
    ])
      expect(claimsOf(text), text).toEqual([]);
  });
});
