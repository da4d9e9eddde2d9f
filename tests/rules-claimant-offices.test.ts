import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import type { Claim } from '../src/types.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const claimantsOf = (text: string): string[] =>
  analyseWithRules(resultOf(text)).claims.map((c: Claim) => c.claimant);

// Sentences written for these tests (issue 11, round 6). French news names a public figure once,
// then refers to them by their office, with a nationality or another word for the same office
// ("le président" / "le chef de l'État"): the office stands for the person given it.
describe('rules engine: an office described stands for the person the text gives it to', () => {
  it('a nationality adjective after the office ("le président ukrainien"), title before the name', () => {
    expect(
      claimantsOf(
        'Le président ukrainien Volodymyr Zelensky a visité Kharkiv lundi. Les sirènes ont retenti toute la nuit. « Nous tiendrons la ligne », a déclaré le président ukrainien.',
      ),
    ).toEqual(['Volodymyr Zelensky']);
  });

  it('another word for the same office ("le chef de l’État" after "le président brésilien, X")', () => {
    expect(
      claimantsOf(
        'Le président brésilien, Carlos Mendes, a inauguré le barrage mardi. Des milliers de riverains ont dû quitter leurs terres. Le chef de l’État a assuré que chaque famille serait indemnisée.',
      ),
    ).toEqual(['Carlos Mendes']);
  });

  it('the title in apposition after the name ("X, Premier ministre polonais"), subject before the verb', () => {
    expect(
      claimantsOf(
        'Piotr Nowak, Premier ministre polonais, a reçu les syndicats agricoles. Les tracteurs bloquaient encore Varsovie. Selon le chef du gouvernement polonais, les aides arriveront avant l’été.',
      ),
    ).toEqual(['Piotr Nowak']);
  });

  it('a nationality before the complement ("le ministre italien des Affaires étrangères") and "le chef de la diplomatie"', () => {
    expect(
      claimantsOf(
        'Le ministre italien des Affaires étrangères, Marco Bellini, est arrivé à Tunis. Son homologue l’attendait à l’aéroport. « Cet accord protège les deux rives », a déclaré le chef de la diplomatie italienne.',
      ),
    ).toEqual(['Marco Bellini']);
  });

  it('the office named before the person only later in the same article', () => {
    expect(
      claimantsOf(
        'La présidente finlandaise a affirmé jeudi que la frontière resterait fermée. Anna Virtanen, présidente finlandaise depuis 2024, a visité un poste frontière dans l’après-midi.',
      ),
    ).toEqual(['Anna Virtanen']);
  });

  it('the person named before, untitled, as the subject of a sentence ("…, Mendes a signé …. Le président brésilien a promis …")', () => {
    expect(
      claimantsOf(
        'Au terme de la réunion, Carlos Mendes a signé le décret. La mesure touche des milliers d’agriculteurs. Depuis, le président brésilien a promis de réviser le texte en septembre.',
      ),
    ).toEqual(['Carlos Mendes']);
  });

  it('not a person of another nationality given the same office', () => {
    expect(
      claimantsOf(
        'Le président chinois, Wei Zhang, est attendu à Paris. Les deux pays négocient depuis des mois. « Le commerce doit rester ouvert », a dit le président américain.',
      ),
    ).toEqual(['le président américain']);
  });

  it('not a person given another office ("le président français X" for "le chef du gouvernement")', () => {
    expect(
      claimantsOf(
        'Le dirigeant travailliste rencontrera le président français Paul Marchand jeudi. « Nos deux pays ont besoin l’un de l’autre », écrit le chef du gouvernement britannique.',
      ),
    ).toEqual(['le chef du gouvernement britannique']);
  });

  it('not a person merely met as an object or after a preposition', () => {
    expect(
      claimantsOf(
        'Le président argentin a reçu Maria Lopez au palais. Il a aussi dîné avec Jorge Diaz. « L’inflation recule », a affirmé le président argentin.',
      ),
    ).toEqual(['le président argentin']);
  });

  it('not a person of the other gender ("la présidente" for a man named before)', () => {
    expect(
      claimantsOf(
        'M. Karl Berger a quitté Vienne mardi. Les négociations reprendront en mai. La présidente autrichienne a estimé que les discussions avaient été utiles.',
      ),
    ).toEqual(['La présidente autrichienne']);
  });

  it('as described when the article names nobody', () => {
    expect(
      claimantsOf(
        'Des roquettes sont tombées sur la ville. « Nous répondrons avec fermeté », a averti le Premier ministre israélien.',
      ),
    ).toEqual(['le Premier ministre israélien']);
  });
  it('the United States’ "secrétaire d’État" is their "chef de la diplomatie", a name after "du … ," its title', () => {
    expect(
      claimantsOf(
        'Le Conseil de sécurité se réunira lundi, en présence du secrétaire d’État, John Miller. En mars, le chef de la diplomatie américaine avait déclaré que les sanctions seraient renforcées.',
      ),
    ).toEqual(['John Miller']);
  });

  it('not a French "secrétaire d’État chargé de …" for "le chef de la diplomatie française"', () => {
    expect(
      claimantsOf(
        'Paul Girard, secrétaire d’État chargé du Numérique, était à Lyon mardi. Selon le chef de la diplomatie française, les négociations reprendront en juin.',
      ),
    ).toEqual(['le chef de la diplomatie française']);
  });
  it('a shorter complement for the same office ("le procureur de Paris" after "le procureur de la République de Paris, X")', () => {
    expect(
      claimantsOf(
        'L’assaut a duré trente heures, a annoncé jeudi le procureur de la République de Paris, Henri Vallat. Les enquêteurs fouillent l’appartement. « Le suspect a avoué les faits », a précisé le procureur de Paris.',
      ),
    ).toEqual(['Henri Vallat', 'Henri Vallat']);
  });

  it('a word that covers the office ("le magistrat" for a prosecutor, "la magistrate" for "la procureure")', () => {
    expect(
      claimantsOf(
        'La procureure de Lille, Anne Roy, a ouvert une information judiciaire. Le suspect a été déféré. Selon la magistrate, les preuves sont accablantes.',
      ),
    ).toEqual(['Anne Roy']);
  });

  it('not another office of the same field ("le procureur" after "le juge d’instruction X")', () => {
    expect(
      claimantsOf(
        'Le juge d’instruction Paul Roche a entendu le suspect mardi. « Les faits sont graves », a déclaré le procureur.',
      ),
    ).toEqual(['le procureur']);
  });
  it('a relation ("l’avocat") after a person’s statement is someone else, an office ("le directeur") the speaker', () => {
    expect(
      claimantsOf(
        'Karim Haddad affirme qu’il n’a rien volé. « Mon client est innocent », a ajouté l’avocat.',
      ),
    ).toEqual(['Karim Haddad', 'l’avocat']);
    expect(
      claimantsOf(
        'Karim Haddad affirme que l’usine restera ouverte. « Nous embaucherons en mai », a ajouté le directeur.',
      ),
    ).toEqual(['Karim Haddad', 'Karim Haddad']);
  });
});
