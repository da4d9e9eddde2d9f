/**
 * Word tables for entity recognition in French prose. All entries are folded (lower case, no
 * accents) and compared with `fold()`.
 */

import { MORE_FIRST_NAMES } from './gazetteer-first-names.js';

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/**
 * Capitalised words that are not names: French sentence openers (determiners, pronouns,
 * prepositions, connectors), their English counterparts (pages flagged NOT_FRENCH are still
 * processed) and common words capitalised in headings. At a sentence start they
 * are dropped; the rest of the capitalised run may still be a name ("Selon Bloomberg").
 */
export const STOP_WORDS = set(`
  le la les l un une des du de d au aux ce cet cette ces ca cela ceci celui celle ceux
  il elle ils elles on nous vous je tu lui leur leurs son sa ses mon ma mes notre nos votre vos
  qui que quoi ou quand comment pourquoi combien quel quelle quels quelles dont
  et mais ou donc or ni car si alors ainsi puis enfin aussi meme encore deja
  selon pour par dans en sur sous chez vers avec sans entre avant apres depuis pendant lors
  face contre malgre outre parmi des
  cependant toutefois pourtant neanmoins d'ailleurs ailleurs surtout notamment bref certes
  tout tous toute toutes chaque certains certaines plusieurs aucun aucune autre autres
  c'est c est il y voici voila oui non
  credits credit photo source sources page lire aussi voir mise a jour
  president presidente ministre etat secretaire directeur directrice senateur depute
  tech cloud internet web
  chinois chinoise chinoises americain americaine americains americaines francais francaise
  francaises europeen europeenne europeens russe russes allemand allemands britannique
  britanniques japonais coreen coreens taiwanais israelien israeliens ukrainien ukrainiens
  lundi mardi mercredi jeudi vendredi samedi dimanche
  january february march april may june july august september october november december
  ndlr pdg dg drh td tp ag cv rh ps both thank you
  m mme mmes mlle mlles mm dr dre pr monsieur madame mademoiselle messieurs mesdames
  the a an in on at of since its his her their our this that these those for from with by
  after before during when while as but and or if it he she they we there here what which
  who whose how why
`);

/**
 * Particles allowed inside a multi-word name: "Ministère des Affaires étrangères", and the
 * English "of"/"for" of "Journal of Clinical Oncology", "Center for Disease Control".
 */
export const NAME_PARTICLES = set(`de du des d la le l von van al ben of for`);

/** Organisation head nouns: a capitalised name starting with one of these is an ORG. */
export const ORG_HEADS = set(`
  ministere agence universite banque societe groupe departement commission conseil assemblee
  parlement office institut fondation association comite cour tribunal direction secretariat
  service services armee police federation organisation parti syndicat autorite bureau
  laboratoire centre club entreprise compagnie fonds caisse forum academie mutualite front
  rassemblement confederation union ligue mouvement revue observatoire chambre
  opera theatre musee ecole lycee college hopital orchestre conservatoire editions
  ville mairie prefecture parquet
  olympique racing sporting radio
`);

/**
 * Organisation heads that, in lower case before "de" and a name, are the institution's own name
 * ("le ministère de la Santé", "le tribunal de Nanterre", "le musée du Louvre"). The other heads
 * are common nouns in lower case: "un centre de Lucas" (a cross), "le groupe de Lucie", "la
 * direction de Renault" (Renault is the name), "la ville de Sète" (a place, see PLACE_DIVISIONS).
 */
export const LOWER_CASE_HEADS = set(`
  ministere agence universite departement commission assemblee parlement office institut
  fondation association comite cour tribunal secretariat federation organisation syndicat
  autorite laboratoire academie confederation ligue observatoire opera theatre musee ecole
  lycee college hopital orchestre conservatoire editions mairie prefecture banque conseil
  parquet
`);

/**
 * Institution words that, written in lower case right before a name, belong to it: "l'université
 * Paris-Nord", "l'institut Pasteur", "l'école Estienne". Words like "groupe" or "parti" stay out:
 * "le groupe PSA" is named PSA.
 */
export const NAME_HEADS_BEFORE = set(`
  universite institut ecole lycee college hopital musee opera fondation academie conservatoire
  observatoire editions
`);

/**
 * Institution words that make an organisation wherever they stand in the name, as English word
 * order puts them last or first ("Peking University", "University of Oxford", "Harvard Kennedy
 * School", "Lancet Infectious Diseases Journal") and French ones after a place ("Sorbonne
 * Université"), and football clubs ("Leeds United", "Toulouse FC").
 */
export const ORG_NAME_WORDS = set(`
  university universite universitaet college school institute journal review news times agency
  council committee foundation society museum hospital academy press bulletin gazette magazine
  department ministry office
  proceedings united fc
`);

/**
 * Organisation suffixes: "Super Micro Computer", "Lookout Threat Lab", "Acme Inc.", and the last
 * words of English company and institution names ("Cap Invest", "Brookings Institution",
 * "Amnesty International"), which no person's name ends with.
 */
export const ORG_SUFFIXES = set(`
  inc inc. corp corp. sa sas sarl ltd llc gmbh ag plc group groupe technologies technology
  computer computers systems lab labs networks software security securite telecom media
  holding holdings bank capital partners
  invest investments ventures consulting solutions energy motors airlines airways pharma
  pharmaceuticals industries studios entertainment institution corporation international
  trust fund authority board tv fm
`);

/**
 * English place words: last words ("Staten Island", "Atlantic City", "Hudson River", "Times
 * Square") and first words ("Cape May", "Mount Vernon", "Lake Placid") of places in English,
 * which French news prints as they are. A first name before them still makes a person.
 */
export const PLACE_SUFFIXES = set(`
  island islands city county river beach bay park square street avenue valley lake heights
  falls springs harbor harbour
`);
export const PLACE_PREFIXES = set(`cape mount lake fort`);

/**
 * Sports-club prefixes written before the club's town or name: "RSC Anderlecht", "KRC Genk",
 * "AS Monaco", "OGC Nice", "FC Bâle", "VfB Stuttgart" (French, Belgian, Swiss and German forms
 * of Football, Sporting, Racing, Union, Association sportive…). Compared as written, in
 * capitals, so the French words "as" or "us" never count.
 */
export const CLUB_PREFIXES = new Set(
  `FC RSC RFC KRC KAA KV KVC KSV KSC RC SC AS OGC US AJ ES CS AC SCO RWDM SV VfB VfL BSC CF`.split(
    ' ',
  ),
);

/** Role nouns: "le sénateur Tom Cotton", "Pete Hegseth, secrétaire à la Défense". */
export const ROLE_NOUNS = set(`
  president presidente vice-president vice-presidente ministre secretaire directeur directrice
  porte-parole fondateur fondatrice cofondateur pdg patron patronne chercheur chercheuse
  senateur senatrice depute deputee analyste responsable chef conseiller conseillere
  ambassadeur ambassadrice avocat avocate juge procureur procureure professeur professeure
  expert experte general generale commissaire maire gouverneur dirigeant dirigeante
  journaliste economiste specialiste consultant consultante ingenieur ingenieure
  m. mme m monsieur madame dr dre pr mlle
`);

/** Qualifiers allowed before a role noun in an apposition: "ancien ministre". */
export const ROLE_QUALIFIERS = set(`ancien ancienne nouveau nouvelle actuel actuelle ex futur`);

/** Common first names: two capitalised words starting with one of these make a PERSON. */
export const FIRST_NAMES = set(`
  jean pierre paul jacques michel philippe alain nicolas francois olivier thomas julien
  emmanuel marie anne sophie claire isabelle catherine nathalie julie laura sarah lea camille
  donald joe joseph mike michael tom thomas pete peter john james robert david richard william
  mark marc tim timothy bill elon jeff sundar satya steve kevin brian chris christopher
  juan carlos maria jose xi vladimir ursula angela olaf boris rishi keir kamala hillary
  marine eric gerald edouard bruno gabriel francois-xavier thierry laurent patrick christophe
  ken kenneth dan daniel andrew matthew sam samuel alex alexander nancy elizabeth ruth
  maurice andre louis henri georges bernard claude gerard jean-luc jean-marc jean-pierre
  jean-claude jean-michel jean-yves jean-noel frederic stephane sebastien vincent antoine
  guillaume maxime hugo lucas arthur raphael mathieu matthieu benoit yves herve didier
  dominique pascal xavier remi romain damien cedric fabien florian jerome arnaud gilles denis
  serge sylvain valerie sandrine celine aurelie caroline emilie elodie charlotte manon chloe
  ines juliette louise alice emma jade agnes martine monique francoise christine brigitte
  sylvie helene veronique delphine segolene rachida anne-sophie elisabeth najat yael
  clement gaspard jordan bastien quentin kevin anthony jonathan alexis adrien aurelien
  florence lorraine nancy lucie
  ${MORE_FIRST_NAMES}
`);

/**
 * Elided prefixes glued to a name (d'Apple, l'Anssi, qu'Amazon), or capitalised at a sentence
 * start before a common word ("L'université X": the name is X, not "L'université").
 */
export const ELISIONS =
  /^(?:(?:[dDlLsSnNjJcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\p{Lu})|(?:[DLJNSC]|Qu|Jusqu|Lorsqu|Puisqu)['’](?=\p{Ll}))/u;

/**
 * Administrative divisions written in lower case before a place name, which they belong to:
 * "le canton de Glaris", "la commune de Plouvié", "la province du Hainaut", "la région Centre",
 * and natural features ("le lac de Vassivière", "l'île de Batz"). Capitalised, "la Ville de X"
 * is the city's government (an organisation head, see ORG_HEADS). "département" stays out: "le département de la Défense" is a ministry as often as a place.
 */
export const PLACE_DIVISIONS = set(`
  canton commune province region comte arrondissement village ville bourgade district oblast
  wilaya gouvernorat quartier ile metropole agglomeration lac fleuve riviere mont massif vallee
  plateau baie golfe mer ocean detroit archipel desert localite municipalite
`);

/**
 * Adjectives of place that may stand between a division noun and "de": "la région russe de
 * Koursk", "la ville portuaire de Zhanjiang", "la province côtière du …". Nationality and
 * position only: "la ville natale de Victor Hugo" names a person's town, not a place called
 * "Victor Hugo".
 */
export const DIVISION_ADJECTIVE = String.raw`(?:\p{Ll}+(?:ais|aise|ois|oise|ien|ienne|ain|aine|ique|sse|que|ge|éen|éenne|ande|and)|portuaire|côtière|côtier|frontalière|frontalier|voisine|voisin|minière|minier|industrielle|industriel|rurale|rural|orientale|oriental|occidentale|occidental|méridionale|méridional|septentrionale|septentrional|autonome|séparatiste|annexée|occupée|proche)s?`;

/**
 * The division noun right before a name, with an optional adjective of place (then "de" is
 * required): group 1 is the noun, checked against PLACE_DIVISIONS (singular) by the caller,
 * group 2 the adjective.
 */
export const DIVISION_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(\p{Ll}+)(?:\s+(${DIVISION_ADJECTIVE})\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*|\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?)$`,
  'u',
);

/** How far before a name the division noun and its adjective are looked for. */
export const DIVISION_REACH = 50;

/** The division noun in its singular: "localités" → "localite", "îles" → "ile". */
export const singularDivision = (folded: string): string | null => {
  if (PLACE_DIVISIONS.has(folded)) return folded;
  const singular = folded.replace(/[sx]$/u, '');
  return singular !== folded && PLACE_DIVISIONS.has(singular) ? singular : null;
};

/**
 * Prepositions of place: an unknown name right after one of these is taken as a LOCATION. Not
 * "aux": the plural places after it are known ones ("aux États-Unis", "aux Pays-Bas"), while
 * "Lina Brun aux Finances" gives a minister's portfolio.
 */
export const PLACE_PREPOSITIONS = set(`a en au`);

/**
 * Class nouns written before a name that say what it names: "la société chinoise Xiamen Meiya
 * Pico", "le site spécialisé ServeTheHome" (ORG); "l'outil Massistant", "le SUV DS7" (PRODUCT).
 */
export const ORG_CLASS_NOUNS = set(`
  societe entreprise groupe firme start-up startup site media journal quotidien hebdomadaire
  magazine agence cabinet laboratoire labo editeur fabricant constructeur assembleur operateur
  equipementier fournisseur banque assureur association ong syndicat parti collectif
  fondation universite hopital chaine radio studio organisation revue editions multinationale
  filiale enseigne marque distributeur coalition consortium cooperative mutuelle federation
  mouvement club equipe ecurie compagnie edition
`);
export const PRODUCT_CLASS_NOUNS = set(`
  logiciel logiciels application applications appli outil outils systeme programme modele
  smartphone telephone ordinateur serveur puce processeur voiture vehicule suv berline
  tablette console appareil plateforme navigateur antivirus malware rancongiciel virus
  missile drone avion chasseur bombardier helicoptere char blinde fusil grenade lanceur obus
  roquette sous-marin fregate porte-avions satellite fusee vaccin medicament molecule
  pesticide herbicide insecticide
`);

/**
 * Acronyms of common nouns, not of names: "le PIB", "les OGM", "un CDD", "le GPS", and those of
 * police and courts ("un OPJ", "sa GAV"), computing ("le FAI", "l'adresse IP", "un SSD"), sport
 * ("la VAR") and taxes ("la CSG", "l'ISF"). They are
 * written in capitals like organisations' acronyms but name no one.
 */
export const COMMON_ACRONYMS = set(`
  pib tva ogm pme tpe eti cdd cdi smic rsa ivg pma gpa hlm sdf vtc ia adn arn tgv ter
  rer pv qr pdf usb gps pc tv suv ovni sms mms ong btp zad ehpad irm pcr ffp2 co2 rgpd faq
  nft vpn api dj ceo cfo cto
  opj gav oqtf fai ip url html os cpu gpu ram ssd hd led mp3 cd dvd pcb var jt rdv csg isf ifi
  rtt qg vip ht ttc bd sav tnt
  avc gsm sida ist ssii cv rib iban atm bpm km
`);

/** "flightaware.com", "lesoir.be": a site named by its domain (mentions.ts finds them, typing.ts types them ORG). */
export const DOMAIN_NAME =
  /^(?:www\.)?[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.(?:com|fr|be|ch|ca|org|net|info|eu|io|tv)$/u;

/**
 * Compass points that open a run before "de" and a place ("le Nord-Est des États-Unis", "le
 * Sud-Ouest de la Norvège"): a part of the place, not a name of its own. After a name they
 * belong to it ("Corée du Sud").
 */
export const COMPASS = set(`nord sud est ouest nord-est nord-ouest sud-est sud-ouest`);
