/**
 * Streets, squares and buildings named by a lower-case noun before a capitalised name: "la rue
 * de la Loi", "la place Flagey", "l'avenue Louise", "la chaussée de Waterloo", "le stade de
 * Sclessin", "le palais de Blenheim", "la gare du Midi". The noun is part of the place's name
 * (as "canton de Glaris" keeps its division word), and the name is the place's even when it is
 * a person's ("la rue Jean Jaurès" is a street, not Jaurès).
 */
import { lookupGazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { fold } from './text.js';

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/**
 * Nouns of streets and squares, folded: a known place after them names the street ("la chaussée
 * de Louvain", "l'avenue de France").
 */
const STREETS = `rue avenue boulevard chaussee place quai square allee impasse`;
/**
 * Nouns of buildings and works: a known place after them stays a place of its own ("la gare de
 * Namur" is Namur's station, "l'aéroport de Zaventem" Zaventem's airport).
 */
const BUILDINGS = `esplanade parvis pont gare aeroport stade palais`;
const STREET_WORDS = set(STREETS);
/**
 * Capitalised, these open a place's own name before another word ("Palais des Beaux-Arts de
 * Bruxelles", "Grand-Place de Bruxelles", "Gare du Nord", "Parc Léopold"); "Stade" stays out, as
 * many clubs are named "Stade …".
 */
const CAPITALISED_PLACE_WORDS = set(`${STREETS} palais grand-place pont gare aeroport parc jardin`);
/** Nouns of streets, squares and buildings, folded. */
export const STREET_NOUNS = set(`${STREETS} ${BUILDINGS}`);

/** The noun, then the name directly or after "de", "de la", "du", "des", "d'". */
const STREET_BEFORE =
  /(?<!\p{L})(\p{Ll}+)[ \u00a0]+(?:(de|de[ \u00a0]+la|de[ \u00a0]+l['’]|du|des|d['’])[ \u00a0]*)?$/u;

/** How far before a name the street noun is looked for. */
const STREET_REACH = 30;

/**
 * "à la place de X", "prendre la place du Premier ministre": "place" then "de" is a stand-in,
 * not a square. A square is "la place Flagey", "la place de la Concorde", "la place du Marché":
 * the name right after the noun, or after "de la", "du", "des", never after "à la", and never
 * a person's name or a role ("Premier").
 */
function isStandIn(before: string, particle: string | undefined, name: string): boolean {
  if (particle === undefined) return false;
  if (/^d(?:e|['’])$/u.test(particle)) return true;
  if (/(?<!\p{L})à[ \u00a0]+la[ \u00a0]+place[ \u00a0]+\S*[ \u00a0]*$/iu.test(before)) return true;
  return lookupGazetteer(name)?.type === 'PERSON' || ROLES.test(name);
}

/** Capitalised words of roles and ranks, which name no square ("la place du Premier …"). */
const ROLES = /^(?:Premier|Première|Président|Présidente|Roi|Reine|Pape|Chef)(?:\s|$)/u;

/** Mentions stretched over the street noun before them ("rue de la Loi"). */
export function withStreets(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    const before = text.slice(Math.max(0, m.start - STREET_REACH), m.start);
    const street = STREET_BEFORE.exec(before);
    const noun = fold(street?.[1] ?? '');
    if (street === null || !STREET_NOUNS.has(noun)) return m;
    // "le palais de l'Élysée": a known body keeps its own name, and a known place its own
    // after a building ("la gare de Namur"), not after a street ("la chaussée de Louvain").
    const known = lookupGazetteer(m.surface)?.type;
    if (known === 'ORG' || (known === 'LOCATION' && !STREET_WORDS.has(noun))) return m;
    if (noun === 'place' && isStandIn(before, street[2], m.surface)) return m;
    const start = m.start - (before.length - street.index);
    return { ...m, start, surface: text.slice(start, m.end) };
  });
}

/**
 * Whether a name opens with a street noun ("rue de la Loi"), or, capitalised, a noun of a
 * street, square, park or building before another word ("Avenue Louise", "Place Flagey",
 * "Palais des Beaux-Arts"): a LOCATION. "Palais" alone is no place.
 */
export function isStreetName(surface: string): boolean {
  const [first = '', second] = surface.split(/\s+/u);
  const noun = fold(first);
  if (/^\p{Ll}/u.test(surface)) return STREET_NOUNS.has(noun);
  return second !== undefined && CAPITALISED_PLACE_WORDS.has(noun);
}
