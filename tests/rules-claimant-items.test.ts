import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import type { Claim } from '../src/types.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const claimantsOf = (text: string): string[] =>
  analyseWithRules(resultOf(text)).claims.map((c: Claim) => c.claimant);

// Sentences written for these tests (issue 11, round 6): each live-blog item has its own speaker.
describe('rules engine: a live-blog item opened by a time stamp in its heading', () => {
  it('"9h12 - Titre": a pronoun of the item is not a person of the item before', () => {
    expect(
      claimantsOf(
        '9h40 - Grève dans les transports\n\nLe syndicaliste Karim Haddad affirme que la grève sera reconduite.\n\n9h12 - Airbus réduit ses prévisions\n\nLe chiffre d’affaires a reculé de 8 % sur le trimestre, indique-t-il dans un communiqué.',
      ),
    ).toEqual(['Karim Haddad', 'Airbus']);
  });

  it('the same with a dash, a colon or "h" with spaces ("14 h 05 – …", "14:05 : …")', () => {
    for (const stamp of ['14 h 05 –', '14:05 :', '14h05 —']) {
      expect(
        claimantsOf(
          `14h30 - Sécheresse\n\nLa préfète Claire Morin estime que les restrictions dureront.\n\n${stamp} Airbus réduit ses prévisions\n\nLes ventes ont reculé en Europe, indique-t-il dans un communiqué.`,
        ),
      ).toEqual(['Claire Morin', 'Airbus']);
    }
  });

  it('"il" with no speaker yet in its item is the body the item is about, however long its first paragraph', () => {
    const filler =
      'Le constructeur européen a vu ses commandes se contracter de 3 % sur le trimestre, en deçà des prévisions des analystes, qui attendaient une hausse portée par la reprise du trafic aérien en Asie et par les commandes des compagnies à bas coût. Ses livraisons ont été freinées par des retards de moteurs et par la pénurie de pièces chez ses fournisseurs, qui peinent encore à recruter des ouvriers qualifiés dans leurs usines de sous-traitance. ';
    expect(
      claimantsOf(
        `9h40 - Grève dans les transports\n\nKarim Haddad affirme que la grève sera reconduite.\n\n9h12 - Airbus réduit ses prévisions\n\n${filler}${filler}\n\nLes ventes ont reculé en Europe, indique-t-il dans un communiqué.`,
      ),
    ).toEqual(['Karim Haddad', 'Airbus']);
  });

  it('a time inside a sentence opens no item (near-miss: "À 9h40, le préfet …")', () => {
    expect(
      claimantsOf(
        'Le préfet Jean Dumas a reçu les élus.\n\nÀ 9h40, les pompiers sont arrivés sur place. Il affirme que personne n’a été blessé.',
      ),
    ).toEqual(['Jean Dumas']);
  });
});
