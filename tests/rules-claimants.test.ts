import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import { isSpeakerPhrase } from '../src/rules/speaker.js';
import type { Claim } from '../src/types.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const claimsOf = (text: string): Array<[string, string]> =>
  analyseWithRules(resultOf(text)).claims.map((c: Claim) => [c.claimant, c.quote]);
const claimantsOf = (text: string): string[] => claimsOf(text).map(([who]) => who);

// Sentences written for these tests (issue 11: claimant and speakers outside the sentence).
describe('rules engine: claimants resolved across sentences', () => {
  it('a plural pronoun or "leur étude" stands for the group just named, not a singular speaker', () => {
    expect(
      claimantsOf(
        '« Le bus ne passe plus depuis mars », regrette Odile Marchand. Les commerçants du quartier redoutent la fermeture du marché. Pour eux, la nouvelle rocade va vider le centre-ville.',
      ),
    ).toEqual(['Odile Marchand', 'Les commerçants']);
    expect(
      claimantsOf(
        'Les chercheurs ont compté les oiseaux de la baie pendant dix ans. « Les nids ont presque disparu », écrit Hugo Lenoir sur son blog. Selon leur étude, la population de sternes a diminué de moitié depuis 2012.',
      ),
    ).toEqual(['Hugo Lenoir', 'Les chercheurs']);
  });

  it('"il" after a statement is its speaker, not a name in the rest of that sentence', () => {
    expect(
      claimantsOf(
        '« Le rapport est bâclé », affirme Léa Morel, qui a longtemps travaillé avec Victor Bastide. Elle poursuit : « Personne n’a relu les annexes avant la publication. »',
      ),
    ).toEqual(['Léa Morel', 'Léa Morel']);
  });

  it('"elle" never stands for a name written with an article or a preposition of place', () => {
    expect(
      claimantsOf(
        '« Le loyer a encore augmenté », dit Marc Lenoir. On retrouve ensuite Ysaline. Cette étudiante a fait les Glières après le lycée. « Je travaille le soir pour payer mes cours », confie-t-elle.',
      ),
    ).toEqual(['Marc Lenoir', 'Ysaline']);
    expect(
      claimantsOf(
        '« Le loyer a encore augmenté », dit Marc Lenoir. On retrouve ensuite Ysaline. Cette étudiante vit à Ravenel-Sud depuis un an. « Je travaille le soir pour payer mes cours », confie-t-elle.\n\nMalgré tout, « la grève continue »\n\n— Solidaires Étudiants Ravenel-Sud (@SolRS) February 17, 2020',
      ).slice(0, 2),
    ).toEqual(['Marc Lenoir', 'Ysaline']);
  });

  it('"il" reaches the person named before a long description, however long', () => {
    const filler =
      'Le livre suit les habitants d’une vallée pendant les quatre saisons, de la fonte des neiges aux premières gelées, et note chaque changement du paysage. ';
    expect(
      claimantsOf(
        `« Le canal sera fermé », annonce Paul Ravel. Les éditions du Sablier publient le premier roman de Jeanne Amiel. ${filler.repeat(5)}« La vallée se vide chaque hiver un peu plus, écrit-elle. Les écoles ferment les unes après les autres. »`,
      ),
    ).toEqual(['Paul Ravel', 'Jeanne Amiel', 'Jeanne Amiel']);
  });

  it('"le toxicologue" is the person that title was given to, not a company named since', () => {
    expect(
      claimantsOf(
        '« Ces résultats sont solides », assure Marc Vidal, toxicologue à Lyon. Que Pharmacorp ait financé une partie des essais ne fait pas de doute. Pour le toxicologue, les agences ont lu toutes les études publiées.',
      ),
    ).toEqual(['Marc Vidal', 'Marc Vidal']);
  });

  it('a book speaks for its author; statistics and figures can speak', () => {
    expect(
      claimantsOf(
        'Les éditions Garnier rééditent l’essai de Louise Fabre sur la ville. Paru en 1998, le livre dénonçait déjà la disparition des petits commerces dans les quartiers.',
      ),
    ).toEqual(['Louise Fabre']);
    for (const phrase of ['les récentes statistiques', 'les chiffres', 'le livre', 'l’ouvrage']) {
      expect(isSpeakerPhrase(phrase), phrase).toBe(true);
    }
  });

  it('"Celle sur X" stands for one of the things just counted ("deux initiatives")', () => {
    expect(
      claimantsOf(
        'Les électeurs se prononceront sur trois initiatives en lien avec la forêt. Celle sur les coupes rases demande d’interdire ces pratiques dans les parcs.',
      ),
    ).toEqual(['initiative sur les coupes rases']);
  });

  it('"le texte" is the declaration, treaty or law named just before', () => {
    expect(
      claimantsOf(
        'Les maires invoquent la charte de Lisbonne signée par quarante villes en 2004. « Aucune ville ne doit refuser l’accès à l’eau », dit en substance le texte.',
      ),
    ).toEqual(['charte de Lisbonne']);
  });

  it('a live-blog item does not lend its speaker to the next item (time stamps)', () => {
    expect(
      claimantsOf(
        '11h30\n\nGrève dans les agences\n\nSolène Garnier affirme que la grève sera suivie dans toutes les agences.\n\n10h15\n\nLes salaires\n\nElle assure que les salaires seront versés à temps.',
      ),
    ).toEqual(['Solène Garnier', 'Elle']);
  });
});

describe('rules engine: speakers around the reporting verb', () => {
  it('"précise l’OFAG jeudi": an elided article starts a noun phrase', () => {
    expect(
      claimsOf(
        'Le réseau sera fermé. Une trentaine de lignes ont déjà été supprimées cette année, précise l’ODEP jeudi dans un communiqué.',
      ),
    ).toEqual([['l’ODEP', 'Une trentaine de lignes ont déjà été supprimées cette année']]);
  });

  it('"estime Berne qui …": a relative clause after the speaker is no tail', () => {
    expect(
      claimantsOf(
        'Le barrage doit probablement être renforcé avant l’hiver, estime Genève qui se range ainsi à l’avis des ingénieurs du canton voisin.',
      ),
    ).toEqual(['Genève']);
  });

  it('"dit en substance le texte": an adverbial after the verb is skipped', () => {
    expect(
      claimsOf(
        '« Aucun chantier ne peut commencer sans étude des sols », dit en substance le texte.',
      ),
    ).toEqual([['le texte', 'Aucun chantier ne peut commencer sans étude des sols']]);
  });

  it('an elided article before a lower-case noun is no name ("L’absence")', () => {
    expect(isSpeakerPhrase('L’absence de certitude scientifique absolue')).toBe(false);
    expect(isSpeakerPhrase('L’Express')).toBe(true);
  });

  it('"selon lui" without commas attributes its sentence', () => {
    expect(
      claimantsOf(
        'Hélène Roy souligne la hausse des loyers. La fuite des familles vers la périphérie traduirait selon elle un malaise plus profond.',
      ),
    ).toEqual(['Hélène Roy', 'Hélène Roy']);
  });

  it('"X retire … et considère … comme": the first clause’s subject is the speaker', () => {
    expect(
      claimsOf(
        'L’Agence régionale de santé (ARS) ferme aussitôt la piscine et considère le chlore comme dangereux pour les nageurs.',
      ),
    ).toEqual([
      ['L’Agence régionale de santé (ARS)', 'considère le chlore comme dangereux pour les nageurs'],
    ]);
  });

  it('a quotation after a colon belongs to the person a pronoun before the colon stands for', () => {
    expect(
      claimantsOf(
        '« Je reste », dit Jules Perrin. Pourtant, le métier est pour lui une passion : « J’ai appris à réparer les horloges avec mon grand-père. »',
      ),
    ).toEqual(['Jules Perrin', 'Jules Perrin']);
  });

  it('", elle," after a subject only stresses it: the subject speaks', () => {
    expect(
      claimantsOf(
        'Les riverains protestent depuis des mois. La Compagnie des eaux du Nord (CEN), elle, affirme que le réseau sera réparé avant l’été.',
      ),
    ).toEqual(['La Compagnie des eaux du Nord (CEN)']);
  });

  it('"X, lui, exige la liste …": the verb is not inverted, X speaks', () => {
    expect(
      claimantsOf(
        'La députée Anne Roux, elle, exige la liste de tous les fournisseurs du ministère qui emploient des intérimaires.',
      ),
    ).toEqual(['Anne Roux']);
  });

  it('"Selon X, … :" announces what follows and states nothing itself', () => {
    expect(
      claimantsOf(
        'Selon les chiffres publiés par les douanes, voici la part des jouets importés chaque année :',
      ),
    ).toEqual([]);
  });

  it('the plural of a speaker noun speaks too ("les entreprises citées")', () => {
    expect(isSpeakerPhrase('les entreprises citées')).toBe(true);
    expect(isSpeakerPhrase('les sociétés')).toBe(true);
  });

  it('"les trois entreprises", "les deux hommes": the last ones of that kind named', () => {
    const claims = analyseWithRules(
      resultOf(
        'Le rapport vise des serveurs de Nordtek, utilisés notamment par Brava et Celtix. Les trois entreprises démentent en bloc.',
      ),
    ).claims;
    expect(claims.map((c) => c.claimant)).toEqual(['Nordtek, Brava et Celtix']);
    expect(
      claimantsOf(
        'Le ministre Paul Ravel a rencontré le maire Hugo Lenoir à Brest. Les deux hommes affirment que le port sera agrandi.',
      ),
    ).toEqual(['Paul Ravel et Hugo Lenoir']);
  });

  it('a complement in the plural does not make a speaker ("l’accumulation d’études")', () => {
    expect(isSpeakerPhrase('l’accumulation d’études rassurantes')).toBe(false);
  });

  it('a bare denial ends before ", mais" and the narration that follows', () => {
    expect(
      claimsOf(
        'Les deux clubs ont démenti avec force, mais le doute s’est installé chez les supporters.',
      ).map(([, quote]) => quote),
    ).toEqual(['Les deux clubs ont démenti avec force']);
  });
});

describe('rules engine: titles, bodies and quotations whose speaker is in a neighbouring sentence', () => {
  it('"M. Peskov" is never cut to "M", and takes the full name given earlier', () => {
    expect(
      claimantsOf(
        '« Les négociations continuent malgré tout », a déclaré M. Peskov aux journalistes.',
      ),
    ).toEqual(['M. Peskov']);
    expect(
      claimantsOf(
        'Dmitri Peskov s’est exprimé mardi. « Rien n’est encore décidé à ce stade », a assuré M. Peskov.',
      ),
    ).toEqual(['Dmitri Peskov']);
  });

  it('"le ministère" is the ministry named before; "le gouvernement" with none named stays', () => {
    expect(
      claimantsOf(
        'Le ministère de la Santé a publié ses chiffres. Le ministère estime que l’épidémie recule nettement cette semaine.',
      ),
    ).toEqual(['ministère de la Santé']);
    expect(
      claimantsOf(
        'Nordtek a publié ses comptes. Le gouvernement estime que la croissance ralentira nettement cette année.',
      ),
    ).toEqual(['Le gouvernement']);
  });

  it('"« … » Cette petite phrase de X": the next sentence names the speaker', () => {
    expect(
      claimantsOf(
        'Le débat s’enflamme. « Le gouvernement a trahi les ouvriers de la vallée. » Cette petite phrase de Julien Marchal a fait le tour des réseaux.',
      ),
    ).toEqual(['Julien Marchal']);
  });

  it('"X a réagi :" then the quotation as a paragraph of its own', () => {
    expect(
      claimantsOf(
        'Le maire Paul Ravel a aussitôt réagi :\n\n« Nous ne fermerons pas cette école tant que je serai maire. »\n\nLe conseil se réunit lundi.',
      ),
    ).toEqual(['Paul Ravel']);
  });

  it('"le magazine" is the medium that spoke before, not a company named in its story', () => {
    expect(
      claimantsOf(
        'Selon le Courrier du Nord, des fichiers ont fuité lors d’un audit chez Nordtek, une société que Brava voulait racheter. Le magazine dit s’appuyer sur neuf sources internes.',
      ),
    ).toEqual(['le Courrier du Nord', 'le Courrier du Nord']);
  });
});
