/**
 * Typing of one mention from its shape and its neighbours: gazetteer, titles and appositions
 * (PERSON, with the role as description), organisation heads and suffixes, acronyms, first
 * names, place prepositions. Evidence order is the order of `typeMention`.
 */
import type { EntityType } from '../types.js';
import {
  DIVISION_BEFORE,
  DIVISION_REACH,
  FIRST_NAMES,
  ORG_CLASS_NOUNS,
  ORG_HEADS,
  ORG_NAME_WORDS,
  PRODUCT_CLASS_NOUNS,
  ORG_SUFFIXES,
  PLACE_DIVISIONS,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  PLACE_SUFFIXES,
  DOMAIN_NAME,
  ROLE_NOUNS,
  ROLE_QUALIFIERS,
  singularDivision,
} from './entity-words.js';
import { lookupGazetteer } from './gazetteer.js';
import { hasLegalForm, isClub, isLocalBody } from './institutions.js';
import { isAcronym, namedInBrackets, type Mention } from './mentions.js';
import { isStreetName } from './streets.js';
import { fold, foldedWords } from './text.js';

/** A mention with its type, the evidence for it, and a role when one was written next to it. */
export interface TypedMention extends Mention {
  type: EntityType;
  /** Canonical name from the gazetteer, when the mention is a known name. */
  canonical: string | null;
  /** How sure the type is: gazetteer 3, cue 2, shape 1, default 0. */
  strength: number;
  description: string | null;
}

/** Civilities mark a person but are no role worth a description. */
const CIVILITIES = new Set([
  'm.',
  'm',
  'mme',
  'mme.',
  'mlle',
  'monsieur',
  'madame',
  'dr',
  'dr.',
  'dre',
  'pr',
  'pr.',
]);

/** Words allowed between a role noun and the name: particles, names, adjectives of origin. */
const ROLE_FILLER =
  /^(?:à|de|du|des|la|le|l['’]\S*|d['’]\S*|\p{Lu}\S*|\S*(?:ain|aine|ais|aise|ois|oise|ien|ienne|al|ale|el|elle|if|ive|ique|é|ée))$/u;

/** "le sénateur Tom Cotton", "le secrétaire à la Défense, Pete Hegseth": the role before a name. */
function roleBefore(text: string, m: Mention): string | null {
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  const clause = before
    .replace(/^[\s\S]*[.;:!?()«»"]/u, '')
    .replace(/,\s*$/, '')
    .replace(/^[\s\S]*,/, '');
  const words = clause
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  for (let at = words.length - 1; at >= Math.max(0, words.length - 5); at--) {
    if (!ROLE_NOUNS.has(fold(words[at] ?? ''))) continue;
    if (!words.slice(at + 1).every((w) => ROLE_FILLER.test(w))) return null;
    const from = at > 0 && ROLE_QUALIFIERS.has(fold(words[at - 1] ?? '')) ? at - 1 : at;
    return words.slice(from).join(' ');
  }
  return null;
}

/** "Pete Hegseth, secrétaire à la Défense, a annoncé": the role in an apposition after a name. */
function roleAfter(text: string, m: Mention): string | null {
  const after = /^,\s*([^,.;:!?()«»"]{3,80})/u.exec(text.slice(m.end, m.end + 100))?.[1];
  if (after === undefined) return null;
  const words = after.trim().split(/\s+/);
  const first = fold(words[0] ?? '');
  const head = ROLE_QUALIFIERS.has(first) ? fold(words[1] ?? '') : first;
  return ROLE_NOUNS.has(head) ? after.trim() : null;
}

/**
 * "le directeur d'Ipsilon", "la présidente de Vertal": a role heading a body, then "de" without
 * an article, names that body. With an article it is a portfolio ("le directeur de la Santé",
 * "le président de la République"), which `isInsideRole` drops.
 */
const HEAD_ROLE_BEFORE =
  /(?<!\p{L})(?:présidente?|directeur|directrice|pdg|patronne?|fondat(?:eur|rice)|cofondat(?:eur|rice)|dirigeante?|porte-parole|administrat(?:eur|rice)|gérante?)(?:\s+(?:général|générale|exécutif|exécutive|adjoint|adjointe|délégué|déléguée))?\s+(?:de\s+|du\s+|d['’])$/iu;

/**
 * "les Bretons", "aux Nantais": the people of a place, written with a capital, are no entity
 * (the annotation convention names no group of people). Known names stay ("les Républicains").
 */
const PEOPLE_OF_PLACE =
  /^\p{Lu}\p{Ll}+(?:ais|aises|ois|oises|ains|aines|iens|iennes|ens|ons|onnes)$/u;

/** Whether a mention names the people of a place after a plural article. */
export function isPeopleOfPlace(text: string, m: Mention): boolean {
  const surface = m.surface.normalize('NFC');
  if (!PEOPLE_OF_PLACE.test(surface) || lookupGazetteer(surface)) return false;
  return /(?<!\p{L})(?:les|des|aux)\s+$/iu.test(text.slice(Math.max(0, m.start - 6), m.start));
}

/**
 * A name that is part of a role ("secrétaire à la Défense") is not an entity of its own; a
 * known name is ("un expert à France Inter", "le porte-parole du Pentagone").
 */
export function isInsideRole(text: string, m: Mention): boolean {
  if (lookupGazetteer(m.surface)) return false;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (HEAD_ROLE_BEFORE.test(before.normalize('NFC'))) return false;
  const words = foldedWords(before).slice(-3);
  // "la ministre fédérale de la Santé", "le ministre wallon de l'Économie": one adjective may
  // stand between the role and its portfolio.
  const adjective = foldedWords(before).slice(-4, -2);
  const role =
    words.some((w) => ROLE_NOUNS.has(w)) ||
    (ROLE_NOUNS.has(adjective[0] ?? '') && PORTFOLIO_ADJECTIVE.test(adjective[1] ?? ''));
  return role && /(?:à|de|d['’]|du|des)\s+(?:la\s+|l['’])?$/u.test(before);
}

/** Adjectives between a role and its portfolio: of a level or a nation ("fédérale", "wallon"). */
const PORTFOLIO_ADJECTIVE =
  /^(?:\p{Ll}+(?:al|ale|aux|ais|aise|ois|oise|on|onne|ien|ienne|ain|aine|ique|e)|adjointe?|delegue|deleguee)$/u;

/**
 * Threat-actor names in Microsoft's scheme ("Linen Typhoon", "Forest Blizzard", "Storm-2603"),
 * which the cyber press uses as group names: organisations.
 */
const THREAT_ACTOR =
  /^(?:\p{Lu}\p{Ll}+\s+(?:Typhoon|Blizzard|Sandstorm|Sleet|Tempest|Dust|Hail|Flood|Tsunami|Cyclone)|Storm-\d{3,4})$/u;

/**
 * "Lucie Martin", "Kab NIANG", "Jean-Paul Delevoye": two capitalised words, no organisation
 * head or suffix (tested before), are most often a person's first and last names; three are
 * as often an English organisation ("Senate Intelligence Committee") and get no type. A middle
 * initial may stand between ("Lucie K. Brandt").
 */
const PERSON_SHAPE =
  /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:\p{Lu}\.\s+)?(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}{2,})$/u;

/** Articles: a name right after one is a thing or a body, not a person. */
const ARTICLES = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'au', 'aux']);

/** How many words before a name a class noun may stand ("la société chinoise X"). */
const CLASS_NOUN_REACH = 3;

/** "la société chinoise X" → ORG, "l'outil X" → PRODUCT: a class noun a few words before. */
function classNounType(text: string, m: Mention): EntityType | null {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  if (/[.;:!?«»"()]\s*$/u.test(before)) return null;
  const words = foldedWords(before.replace(/^[\s\S]*[.;:!?«»"(),]/u, ''));
  // "le site de Mulhouse", "l'usine du Haut-Rhin": after "de" the name is a complement.
  if (/^(?:de|du|des|d)$/u.test(words[words.length - 1] ?? '')) return null;
  for (let i = words.length - 1; i >= Math.max(0, words.length - CLASS_NOUN_REACH); i--) {
    const word = words[i] ?? '';
    // Plural class nouns too: "les compagnies X, Y et Z".
    const singular = word.replace(/s$/u, '');
    if (ORG_CLASS_NOUNS.has(word) || ORG_CLASS_NOUNS.has(singular)) return 'ORG';
    if (PRODUCT_CLASS_NOUNS.has(word) || PRODUCT_CLASS_NOUNS.has(singular)) return 'PRODUCT';
    // Only adjectives and "de" may stand between the noun and the name.
    if (
      !/^(?:de|du|des|d|[a-z-]+(?:e|es|s|al|ale|aux|ien|ienne|ais|aise|ois|oise|ain|aine|ique|if|ive))$/u.test(
        word,
      )
    )
      return null;
  }
  return null;
}

/** "Stampa, le média en ligne, …": the class noun of an apposition right after the name. */
const APPOSITION_NOUN = /^,\s+(?:le|la|les|un|une|l['’])\s*(\p{L}[\p{L}\p{M}-]*)([^,.;:!?()«»"]*)/u;
/**
 * A verb in the phrase after the comma makes it the main clause, not an apposition: "Racheté par
 * Rupert Murdoch, le quotidien a évolué" (the daily is the subject).
 */
const CLAUSE_VERB =
  /(?<!\p{L})(?:a|ont|est|sont|va|vont|sera|seront|fut|doit|doivent|peut|peuvent|\p{L}+(?:ait|aient))(?!\p{L})/u;

/** "X, le média …" → ORG, "X, le logiciel …" → PRODUCT: the class noun of an apposition. */
function appositionType(text: string, m: Mention): EntityType | null {
  const apposition = APPOSITION_NOUN.exec(text.slice(m.end, m.end + 120).normalize('NFC'));
  if (apposition === null || CLAUSE_VERB.test(apposition[2] ?? '')) return null;
  const noun = fold(apposition[1] ?? '');
  if (ORG_CLASS_NOUNS.has(noun) || noun === 'institut') return 'ORG';
  return PRODUCT_CLASS_NOUNS.has(noun) ? 'PRODUCT' : null;
}

/**
 * "Bar-sur-Loup", "Aix-en-Provence", "Saint-Rémy-de-Provence": a hyphenated name joined by a
 * lower-case link word is a French place name.
 */
const COMPOUND_PLACE =
  /^\p{Lu}[\p{L}'’]+(?:-[\p{L}'’]+)*-(?:sur|sous|en|lès|lez|les|le|la|de|du|des|aux|et)-\p{Lu}[\p{L}'’]+(?:-[\p{L}'’]+)*$/u;

/**
 * "les localités de Pokrovsk, Kourakhové et Koupiansk": a plural division noun heads a list of
 * places; the first is typed here, the others by their list (entity-lists.ts). "la région russe
 * de Koursk": after an adjective of place the name is the place's own. A singular noun right
 * before "de" joins the name instead (entities.ts). Not before a first name: "les villes de
 * Jean Dupont" are his.
 */
function afterDivision(text: string, m: Mention, firstWord: string): boolean {
  const before = text.slice(Math.max(0, m.start - DIVISION_REACH), m.start).normalize('NFC');
  const division = DIVISION_BEFORE.exec(before);
  const noun = fold(division?.[1] ?? '');
  const singular = singularDivision(noun);
  if (singular === null || FIRST_NAMES.has(firstWord)) return false;
  return singular !== noun || division?.[2] !== undefined;
}

/** "Staten Island", "Cape May": an English place word ends or opens the name. */
function englishPlace(words: string[]): boolean {
  if (words.length < 2 || FIRST_NAMES.has(words[0] ?? '')) return false;
  return PLACE_SUFFIXES.has(words[words.length - 1] ?? '') || PLACE_PREFIXES.has(words[0] ?? '');
}

/** "Airbus 380", "Boeing 737": a known maker and a model number (entities.ts joins them). */
function isModel(surface: string): boolean {
  const model = /^(.+?)\s+(?:\p{Lu}{1,2}-?)?\d{1,4}$/u.exec(surface);
  return model !== null && lookupGazetteer(model[1] ?? '')?.type === 'ORG';
}

/** "à Villers-Cotterêts", "dans la Broye": a single name after a preposition of place. */
function afterPlacePreposition(text: string, m: Mention): boolean {
  if (/\s/u.test(m.surface) || m.initial) return false;
  const before = foldedWords(text.slice(Math.max(0, m.start - 12), m.start)).slice(-2);
  const prev = before[before.length - 1] ?? '';
  if (PLACE_PREPOSITIONS.has(prev)) return true;
  // "dans le Jura", "dans la Broye": "dans" and a singular article ("dans les Traités" is no
  // place).
  return before[0] === 'dans' && ['le', 'la', 'l'].includes(prev);
}

function shapeType(
  m: Mention,
  text: string,
  lowerWords: ReadonlySet<string>,
): { type: EntityType; strength: number } | null {
  if (THREAT_ACTOR.test(m.surface)) return { type: 'ORG', strength: 2 };
  const words = m.surface.split(/[\s-]+/).map(fold);
  if (PLACE_DIVISIONS.has(words[0] ?? '') && /^\p{Ll}/u.test(m.surface)) {
    return { type: 'LOCATION', strength: 2 };
  }
  if (isStreetName(m.surface)) return { type: 'LOCATION', strength: 2 };
  if (COMPOUND_PLACE.test(m.surface)) return { type: 'LOCATION', strength: 2 };
  if (afterDivision(text, m, words[0] ?? '')) return { type: 'LOCATION', strength: 2 };
  // "Times Square", "Union Square": an English place word last outweighs an institution word,
  // in an English name ("Sofitel de Times Square" is a hotel, named after its place).
  const englishName = !/\s\p{Ll}/u.test(m.surface);
  if (englishName && englishPlace(words) && PLACE_SUFFIXES.has(words[words.length - 1] ?? '')) {
    return { type: 'LOCATION', strength: 2 };
  }
  if (
    ORG_HEADS.has(words[0] ?? '') ||
    ORG_SUFFIXES.has(words[words.length - 1] ?? '') ||
    (words.length > 1 && words.some((w) => ORG_NAME_WORDS.has(w)))
  ) {
    return { type: 'ORG', strength: 2 };
  }
  if (isClub(m.surface) || isLocalBody(m.surface) || hasLegalForm(text, m)) {
    return { type: 'ORG', strength: 2 };
  }
  if (englishPlace(words)) return { type: 'LOCATION', strength: 2 };
  if (DOMAIN_NAME.test(m.surface)) return { type: 'ORG', strength: 2 };
  if (isModel(m.surface)) return { type: 'PRODUCT', strength: 2 };
  const byClass = classNounType(text, m) ?? appositionType(text, m);
  if (byClass !== null) return { type: byClass, strength: 2 };
  // "le porte-parole de Vladimir Doukine" speaks for a person: a first name says so.
  const firstName = FIRST_NAMES.has(words[0] ?? '');
  if (
    !firstName &&
    HEAD_ROLE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start).normalize('NFC'))
  ) {
    return { type: 'ORG', strength: 2 };
  }
  if (namedInBrackets(text, m, words[0] ?? '')) return { type: 'ORG', strength: 2 };
  if (isAcronym(m.surface.replace(/[\s.]/g, ''))) return { type: 'ORG', strength: 1 };
  const prev = foldedWords(text.slice(Math.max(0, m.start - 6), m.start)).pop();
  // "les Arts Décoratifs", "le Grand Orchestre": a person's name takes no article.
  const article = prev !== undefined && ARTICLES.has(prev);
  if (!article && words.length >= 2 && FIRST_NAMES.has(words[0] ?? '')) {
    return { type: 'PERSON', strength: 2 };
  }
  if (inPlaceBrackets(text, m)) return { type: 'LOCATION', strength: 2 };
  // "The Fifth Estate", "The Daily Courier": an English title in French prose names a medium
  // far more often than anything else (a work has its class noun before it: "le film The …").
  if (/^The\s+\p{Lu}/u.test(m.surface)) return { type: 'ORG', strength: 1 };
  // "Marée Montante" when the text also writes "une marée": a common word opens no person's name.
  // Neither does a known place or body close one.
  const common = lowerWords.has(words[0] ?? '') || endsWithKnownName(m.surface);
  if (!article && !common && PERSON_SHAPE.test(m.surface)) return { type: 'PERSON', strength: 1 };
  if (afterPlacePreposition(text, m)) return { type: 'LOCATION', strength: 1 };
  return null;
}

/**
 * "Business France", "Commerce Lorraine": a known place or body as the last word is the name of
 * something there, not a person's surname (a person's first name was tested before).
 */
function endsWithKnownName(surface: string): boolean {
  const last = lookupGazetteer(surface.split(/\s+/).pop() ?? '');
  return last !== undefined && last.type !== 'PERSON';
}

/** "Kervoalec (Finistère)": a known département, region or country in brackets after a name. */
const PLACE_BRACKETS_AFTER = /^[ \u00a0]*\((\p{Lu}[^()\n]{1,40})\)/u;

/** Whether a one-word name is followed by the known place it lies in, in brackets. */
function inPlaceBrackets(text: string, m: Mention): boolean {
  if (/\s/u.test(m.surface)) return false;
  const place = PLACE_BRACKETS_AFTER.exec(text.slice(m.end, m.end + 50))?.[1] ?? '';
  return place !== '' && lookupGazetteer(place)?.type === 'LOCATION';
}

/** Folded words the text writes in lower case: common words, never names (one pass). */
export function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.matchAll(/(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{L}\p{M}]*/gu)) out.add(fold(w[0]));
  return out;
}

/**
 * Types one mention; `lowerWords` are the text's words in lower case (`lowerCaseWords`, default
 * none).
 */
export function typeMention(
  text: string,
  m: Mention,
  lowerWords: ReadonlySet<string> = new Set(),
): TypedMention {
  const known = lookupGazetteer(m.surface);
  const role = roleBefore(text, m) ?? roleAfter(text, m);
  if (known) {
    const description = known.type === 'PERSON' ? role : null;
    return { ...m, type: known.type, canonical: known.name, strength: 3, description };
  }
  // Shapes are read on composed letters: a decomposed "é" is no lower-case letter to \p{Ll}.
  const shape = shapeType({ ...m, surface: m.surface.normalize('NFC') }, text, lowerWords);
  const orgShape = shape?.type === 'ORG' && shape.strength >= 2;
  if (role !== null && !isAcronym(m.surface) && !orgShape) {
    const description = CIVILITIES.has(fold(role)) ? null : role;
    return { ...m, type: 'PERSON', canonical: null, strength: 2, description };
  }
  return {
    ...m,
    type: shape?.type ?? 'OTHER',
    canonical: null,
    strength: shape?.strength ?? 0,
    description: null,
  };
}
