import { describe, expect, it } from 'vitest';
import { analyseWithRules } from '../src/rules/index.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const ofType =
  (type: string) =>
  (text: string): string[] =>
    analyseWithRules(resultOf(text))
      .entities.filter((e) => e.type === type)
      .map((e) => e.name);
const placesOf = ofType('LOCATION');
const personsOf = ofType('PERSON');

// Sentences written for these tests (issue 11, session 6: lexical coverage of places). None of
// the names has a cue word or a place preposition before it: only the table can know them.
describe('rules engine: places known from public lists', () => {
  it('knows French towns over 10,000 inhabitants, at a sentence start and as a subject', () => {
    expect(
      placesOf(
        'Quimperlé et Concarneau ont rouvert leurs écoles. Mérignac attend, Vénissieux proteste. ' +
          'Entre Thionville et Haguenau, les élus de Rezé ont voté.',
      ),
    ).toEqual([
      'Quimperlé',
      'Concarneau',
      'Mérignac',
      'Vénissieux',
      'Thionville',
      'Haguenau',
      'Rezé',
    ]);
  });

  it('knows towns of the world the French press names without a cue', () => {
    expect(
      placesOf(
        'Les frappes ont touché Kherson, puis Zaporijia. Koursk et Belgorod ont été visées. ' +
          'Guangdong exporte, Chengdu importe. Kankan, Labé et Nzérékoré ont voté.',
      ),
    ).toEqual([
      'Kherson',
      'Zaporijia',
      'Koursk',
      'Belgorod',
      'Guangdong',
      'Chengdu',
      'Kankan',
      'Labé',
      'Nzérékoré',
    ]);
  });

  it('knows seas, rivers and regions of the world written with a lower-case head', () => {
    expect(
      placesOf(
        'Des navires croisent en mer Rouge et dans le golfe Persique. La Garonne et le Danube ' +
          'débordent. Le commerce avec l’Asie centrale progresse.',
      ),
    ).toEqual(['mer Rouge', 'golfe Persique', 'Garonne', 'Danube', 'Asie centrale']);
  });

  it('leaves a town name that is a first name, or a common word, to its context', () => {
    // "Florence Martin" is a person; "Nancy Durand" too; "Sens" opening a sentence is no place.
    const text =
      'Florence Martin a parlé. Nancy Durand a répondu. Sens interdit pour les camions, dit-elle.';
    expect(placesOf(text)).toEqual([]);
    expect(personsOf(text)).toEqual(['Florence Martin', 'Nancy Durand']);
  });
});

const entitiesOf = (text: string) => analyseWithRules(resultOf(text)).entities;

// Invented place names: only the division noun before them can say they are places.
describe('rules engine: places named by a division noun', () => {
  it('takes the name after a division and an adjective of place as a place of its own', () => {
    expect(
      placesOf(
        'Les combats ont repris dans la région russe de Valdorsk. Le port de la ville portuaire ' +
          'de Kermanec est fermé, comme celui de la province côtière du Tamarel.',
      ),
    ).toEqual(['Valdorsk', 'Kermanec', 'Tamarel']);
  });

  it('types every place of a list after a plural division noun', () => {
    expect(
      placesOf(
        'Les troupes avancent autour des localités de Valdorsk, Bremivka et Kostiany. ' +
          'Les communes de Plouzénec et Kerlavan ont fermé leurs écoles.',
      ),
    ).toEqual(['Valdorsk', 'Bremivka', 'Kostiany', 'Plouzénec', 'Kerlavan']);
  });

  it('keeps the bare name among the mentions of a place named with its division', () => {
    const place = entitiesOf('La province du Tamarel a voté.').find((e) => e.type === 'LOCATION');
    expect(place?.mentions).toEqual(['province du Tamarel', 'Tamarel']);
  });

  it('reaches a known name that a division word opens, and keeps its lower-case end', () => {
    expect(placesOf('Des tirs ont visé la mer de Chine orientale, loin de la Chine.')).toEqual([
      'mer de Chine orientale',
      'Chine',
    ]);
  });

  it('takes no person, body or adverbial for a place after a division noun', () => {
    const text =
      'La ville natale de Victor Hugo attire. La région tout entière de Lucie Martin souffre. ' +
      'La commune a porté plainte avec Vertal.';
    expect(placesOf(text)).toEqual([]);
  });
});

describe('rules engine: a known place opening a longer name', () => {
  it('keeps a body named after its city whole, and splits a place from a person after it', () => {
    const text =
      'La société chinoise Kherson Tolvar Electric a signé. « Rien ne bouge », tranche à ' +
      'Kherson Taras Brin, un ancien maire. Depuis Dakar Ousmane Kéba Diallo a répondu. Le ' +
      'règlement Dublin II et le code Bamako FR ne changent rien.';
    expect(placesOf(text)).toEqual(['Kherson', 'Dakar', 'Dublin', 'Bamako']);
    expect(entitiesOf(text).map((e) => e.name)).toContain('Kherson Tolvar Electric');
  });
});

const orgsOf = ofType('ORG');

// Sentences written for these tests (issue 11, session 6: organisations with no cue).
describe('rules engine: organisations the press names with no cue', () => {
  it('keeps the possessive of the companies named with one, and strips an English one', () => {
    expect(
      orgsOf(
        "L'agence Moody's a abaissé la note. Selon Moody’s, la dette croît. Chez Sotheby's, " +
          "on vend ; McDonald's recrute. Le titre dit « Intel's chips are late ».",
      ),
    ).toEqual(["Moody's", "Sotheby's", "McDonald's", 'Intel']);
  });

  it('takes a ministry with an adjective of nationality before its portfolio', () => {
    expect(
      orgsOf(
        'Le ministère russe de la Défense a parlé. Le ministère turc des Affaires étrangères ' +
          'a répondu, puis le ministère belge de la Santé et le ministère espagnol de l’Intérieur.',
      ),
    ).toEqual([
      'ministère russe de la Défense',
      'ministère turc des Affaires étrangères',
      'ministère belge de la Santé',
      'ministère espagnol de l’Intérieur',
    ]);
  });

  it('types a single word in brackets after an institution described in lower case', () => {
    expect(
      orgsOf(
        'Selon l’agence russe des statistiques (Rosstat), les prix montent. Le service ' +
          'statistique des ministères sociaux (Valdis) le confirme, comme l’office fédéral ' +
          'de la météo (Meteovia).',
      ),
    ).toEqual(['Rosstat', 'Valdis', 'Meteovia']);
  });

  it('does not take a place or a person in brackets for an organisation', () => {
    expect(
      orgsOf('Le directeur de l’agence locale (Brest) a parlé au maire (Jean Dupont).'),
    ).toEqual([]);
  });

  it('knows groups of states, stock exchanges and media written in lower case', () => {
    expect(
      orgsOf(
        'Le G7 et le G20 se réunissent. La Bourse de Paris recule, la Bourse de Tokyo aussi. ' +
          'Selon franceinfo, Nokia et Publicis licencient.',
      ),
    ).toEqual([
      'G7',
      'G20',
      'Bourse de Paris',
      'Bourse de Tokyo',
      'franceinfo',
      'Nokia',
      'Publicis',
    ]);
  });

  it('types as organisations English names whose last word is a corporate one', () => {
    expect(
      orgsOf(
        'Kelso Partners, Cap Invest et Halvern Institution ont publié. Norvane Airlines ' +
          'et Coastal Energy aussi, comme Lumen International. Sarah Kelso a signé.',
      ),
    ).toEqual([
      'Kelso Partners',
      'Cap Invest',
      'Halvern Institution',
      'Norvane Airlines',
      'Coastal Energy',
      'Lumen International',
    ]);
  });

  it('types an English title opened by "The" as a medium, keeping the article', () => {
    expect(orgsOf('Selon The Fifth Estate et The Daily Courier, le projet est abandonné.')).toEqual(
      ['The Fifth Estate', 'The Daily Courier'],
    );
    // A work keeps the type its class noun gives; "The" opening a sentence is an article.
    const text =
      'Le film The Quiet Valley sort. The Report Group has left, dit The Guardian (The WSJ).';
    expect(ofType('PRODUCT')(text)).toEqual(['The Quiet Valley']);
    expect(orgsOf(text)).toEqual(['Report Group', 'The Guardian', 'WSJ']);
  });
});

// Sentences written for these tests (issue 11, session 6: products named by their class noun).
describe('rules engine: weapons, vehicles and medicines named after their class noun', () => {
  const productsOf = ofType('PRODUCT');

  it('types a name right after the class noun, or a quoted name the noun announces', () => {
    expect(
      productsOf(
        'L’armée a tiré un missile balistique baptisé « Kestrel ». Des drones Varkan ont ' +
          'survolé la ville. Le médicament Lévomax est retiré ; le vaccin « Vaxira » arrive.',
      ),
    ).toEqual(['Kestrel', 'Varkan', 'Lévomax', 'Vaxira']);
  });

  it('takes an acronym after the class noun and an adjective for the product, not a body', () => {
    expect(productsOf('Kiev a reçu des missiles américains VKTR.')).toEqual(['VKTR']);
  });

  it('leaves places and owners after such nouns to their own types', () => {
    const text =
      'Un missile a frappé Kharkiv. Le drone de Paul Martin est tombé près du char de Kerlavec.';
    expect(productsOf(text)).toEqual([]);
    expect(placesOf(text)).toEqual(['Kharkiv']);
  });
});

// Sentences written for these tests (issue 11, session 6: classes seen on the new dev pages).
describe('rules engine: English place names, datelines, models and sites', () => {
  it('types English names with a place word as places, not persons', () => {
    expect(
      placesOf(
        'Les secours ont atteint Harlow Island puis Bellmore City. Le Marston River déborde ' +
          'près de Cape Allard ; à Fenwick County et sur Dorset Square, on évacue.',
      ),
    ).toEqual([
      'Harlow Island',
      'Bellmore City',
      'Marston River',
      'Cape Allard',
      'Fenwick County',
      'Dorset Square',
    ]);
    expect(personsOf('Lucie Island a parlé.')).toEqual(['Lucie Island']);
  });

  it('types a channel or a station by its last word', () => {
    expect(orgsOf('Selon Nova TV et Kanal FM, le concert est annulé.')).toEqual([
      'Nova TV',
      'Kanal FM',
    ]);
  });

  it('keeps a known city written in capitals at the head of a dispatch', () => {
    expect(placesOf('BRUXELLES Le Conseil restreint a tranché. STRASBOURG, le 3 mai.')).toEqual([
      'Bruxelles',
      'Strasbourg',
    ]);
    // A heading in capitals stays a heading, even when it spells a known name.
    expect(orgsOf('LA PRESSE : UN CONTRE-POUVOIR ?\n\nLe débat continue.')).toEqual([]);
  });

  it('reads no common acronym or ordinal as a name', () => {
    const text =
      'Il a eu un AVC et envoyé un SMS depuis son GSM. Au XVIIIe siècle, le IIIe Reich non.';
    expect(orgsOf(text)).toEqual([]);
    expect(placesOf(text)).toEqual([]);
    expect(orgsOf('Le Figaro et Ce Soir ont paru.')).toContain('Le Figaro');
  });

  it('types a known maker followed by a model number as a product', () => {
    const text = 'Un Airbus 380 et un Boeing 737 ont atterri. Airbus a confirmé.';
    expect(ofType('PRODUCT')(text)).toEqual(['Airbus 380', 'Boeing 737']);
    expect(orgsOf(text)).toEqual(['Airbus']);
  });

  it('types a site named by its domain as an organisation', () => {
    expect(orgsOf('Selon le site flightradar.com et lesnouvelles.be, le vol a dévié.')).toEqual([
      'flightradar.com',
      'lesnouvelles.be',
    ]);
  });
});

describe('rules engine: the country of a war', () => {
  it('keeps the country a war is in as a place, beside the event', () => {
    const text = 'La guerre en Moldavie pèse sur les prix, selon la Banque mondiale.';
    expect(placesOf(text)).toEqual(['Moldavie']);
    expect(ofType('EVENT')(text)).toEqual(['guerre en Moldavie']);
  });

  it('leaves the place of a summit or of games inside their name', () => {
    expect(placesOf('Le sommet de Nairobi et les JO de Paris approchent.')).toEqual([]);
  });
});

describe('rules engine: compass points, Belgian bodies and competitions', () => {
  it('splits a compass point from the place after it, and keeps names that end with one', () => {
    const text =
      'Le Nord-Est des Etats-Unis est paralysé, comme le Sud-Ouest de la Norvège. La Corée ' +
      'du Sud et l’Amérique du Nord suivent.';
    expect(placesOf(text)).toEqual(['États-Unis', 'Norvège', 'Corée du Sud', 'Amérique du Nord']);
  });

  it('knows the Belgian parties, media and places French-language news names', () => {
    expect(
      orgsOf('Le MR, la N-VA et Ecolo ont voté ; selon La Libre et la VRT, le CD&V hésite.'),
    ).toEqual(['MR', 'N-VA', 'Ecolo', 'La Libre Belgique', 'VRT', 'CD&V']);
  });

  it('types football competitions as events, and leagues of people as bodies', () => {
    const text =
      'Le club vise la Ligue des champions puis la Ligue Europa. La Ligue des droits de ' +
      'l’homme proteste.';
    expect(ofType('EVENT')(text)).toEqual(['Ligue des champions', 'Ligue Europa']);
    expect(orgsOf(text)).toEqual(["Ligue des droits de l'homme"]);
  });

  it('knows the press spellings of places written without their article', () => {
    expect(
      placesOf('Après la Nouvelle-Orléans et les Caraïbes, la tempête vise la Côte d’Azur.'),
    ).toEqual(['La Nouvelle-Orléans', 'Caraïbes', "Côte d'Azur"]);
  });
});
