/**
 * The gender a page gives a person beyond the title before the name (persons.ts): French agrees
 * what is said of a person with that person's gender, so the page tells it in several places.
 * In order of trust:
 * - a role before the name with a possessive or an adjective that shows it ("sa compagne X",
 *   "son ancienne compagne, X"), or a role and its complement closed by a comma ("la ministre
 *   de la Culture, X");
 * - an apposition after the name ("X, présidente de …", "X, 45 ans, infirmière", "X, interrogée
 *   par …", "X, la porte-parole");
 * - a participle or an adjective agreed with the name as subject ("X s'est dite surprise", "X est
 *   convaincue", "X a été élu");
 * - the first name ("Sophie", "Jean-Marie"), from gazetteer-first-name-genders.ts.
 * A word that does not show a gender ("ministre", "juge", "journaliste") tells nothing.
 */
import type { Occurrence } from './antecedents.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './gazetteer-first-name-genders.js';
import { parseOffice } from './offices.js';
import { isPersonDescription } from './speaker.js';
import type { Gender } from './persons.js';
import { fold } from './text.js';

/** Endings of nouns, participles and adjectives in the feminine ("élue", "présidente", "directrice"). */
const FEMININE_ENDING =
  /(?:ée|(?<![gq])ue|ie|ise|aite|uite|ite|ète|euse|trice|ienne|enne|onne|ive|ère|ante|ente|elle|esse|ine|ate)$/u;
/** Endings of the same words in the masculine ("élu", "président", "directeur", "interrogé"). */
const MASCULINE_ENDING = /(?:é|u|eur|ien|ier|if|eux|ant|ent|ait|uit|it|is)$/u;
/**
 * Words with one of those endings that show no gender or the other one: people nouns of both
 * genders ("diplomate", "enfant"), masculine nouns in -ère/-ète ("père", "poète"), and the
 * adverbs and function words an apposition may start with ("hier", "souvent", "puis").
 */
const NO_GENDER = new Set(
  `diplomate democrate technocrate bureaucrate aristocrate pirate automate enfant personne
  pere frere poete interprete athlete prophete genie membre soeur sœur tandis
  professeur auteur docteur ingenieur procureur defenseur successeur predecesseur assesseur
  censeur gouverneur proviseur
  hier lundi mardi mercredi jeudi vendredi samedi dimanche depuis puis mais jamais ainsi
  aussi parmi souvent avant devant durant pendant cependant maintenant pourtant autant tant
  quant selon lorsqu lui qui celui dit fait soit mieux lieux ceux deux jeux tous plus moins
  comme entre contre encore toute toutes elle elles ville vie partie sortie`.split(/\s+/u),
);

/** The gender a single word shows by its ending, else null ("présidente" f, "ministre" null). */
export function genderOfWord(word: string): Gender | null {
  const w = word.toLowerCase();
  if (w.length < 3 || NO_GENDER.has(fold(w)) || /ment$/u.test(w)) return null;
  if (FEMININE_ENDING.test(w)) return 'f';
  if (MASCULINE_ENDING.test(w)) return 'm';
  return null;
}

/** The gender a first name is given ("Sophie Binet" f; "Jean-Marie X" m), else null. */
export function genderOfFirstName(name: string): Gender | null {
  const first = fold(name.split(/[\s-]+/u)[0] ?? '');
  if (FEMALE_FIRST_NAMES.has(first)) return 'f';
  if (MALE_FIRST_NAMES.has(first)) return 'm';
  return null;
}

const WORD = String.raw`\p{Ll}[\p{L}-]*`;
/** Adjectives that may come between a determiner and a role ("son ancienne compagne"). */
const QUALIFIER = String.raw`(?:ancien|ancienne|nouveau|nouvel|nouvelle|jeune|actuel|actuelle|futur|future|premier|première|propre|fidèle)`;
/** A possessive, a role (adjectives before it may show the gender) and the name after it. */
const POSSESSIVE_ROLE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:[Ss]a|[Ss]on|[Ss]es|[Ll]eur|[Nn]otre|[Vv]otre|[Mm]a|[Mm]on)\s+((?:${QUALIFIER}\s+)*)(${WORD}),?\s+$`,
  'u',
);
/** Determiners that show a gender (any case: a role often opens the sentence). */
const DETERMINER = String.raw`(?:[Ll]a|[Uu]ne|[Cc]ette|[Ll]e|[Uu]n|[Cc]e|[Cc]et|[Ll]['’])`;
/**
 * A determiner, a role, its complement if any, and a comma before the name ("la ministre de la
 * Culture, X", "Le prévenu, X"); a role only (offices.ts, speaker.ts): "la réforme de la santé,
 * X" gives X nothing.
 */
const ROLE_COMMA = new RegExp(
  String.raw`(?:^|[^\p{L}])(${DETERMINER})\s*((?:${QUALIFIER}\s+)*)(${WORD})(\s+(?:de|du|des|d['’])\s*[^,.;:!?«»()\n]{1,60})?,\s*$`,
  'u',
);
/** An apposition after the name: "X, présidente", "X, 45 ans, infirmière", "X, la porte-parole". */
const APPOSITION = new RegExp(
  String.raw`^\s*,\s*(?:\d{1,3}\s+ans\s*,\s*)?(?:(la|une|le|un|l['’]|sa|son)\s*)?((?:${QUALIFIER}\s+)*)(${WORD})(?=[\s,.;:)])`,
  'u',
);
/** A verb of being or seeming and the word agreed with its subject ("s'est dite surprise"). */
const PREDICATE = new RegExp(
  String.raw`^\s*,?\s+(?:s['’]est|s['’]était|est|était|a\s+été|avait\s+été|sera|serait|reste|semble|paraît|se\s+dit|se\s+disait|s['’]est\s+dite?|se\s+montre|s['’]est\s+montrée?|se\s+déclare|s['’]est\s+déclarée?)\s+(?:(?:très|si|plus|pas|peu|bien|toujours|déjà|aussi|elle-même|lui-même)\s+)*(${WORD})(?=[\s,.;:!?)])`,
  'u',
);

const DETERMINER_GENDER: Record<string, Gender> = {
  la: 'f',
  une: 'f',
  cette: 'f',
  le: 'm',
  un: 'm',
  ce: 'm',
  cet: 'm',
};

/** The gender of a role and the adjectives before it ("ancienne compagne" f), else null. */
function genderOfRole(qualifiers: string, noun: string): Gender | null {
  const shown = [...qualifiers.split(/\s+/u), noun]
    .filter((w) => w !== '')
    .map(genderOfWord)
    .filter((g): g is Gender => g !== null);
  return shown.length > 0 && shown.every((g) => g === shown[0]) ? (shown[0] ?? null) : null;
}

/**
 * The gender of a determiner, adjectives and a noun when they describe a person (an office or a
 * person's noun: "le prévenu", "la porte-parole"), else null ("une semaine", "la réforme").
 */
function genderOfDescribed(det: string, qualifiers: string, noun: string): Gender | null {
  const phrase = `${det} ${noun}`;
  const office = parseOffice(phrase, true);
  if (office === null && !isPersonDescription(phrase)) return null;
  return office?.gender ?? DETERMINER_GENDER[fold(det)] ?? genderOfRole(qualifiers, noun);
}

/** How far (characters) around a name its roles and agreements are read. */
const AROUND = 90;

/** What `genderAround` needs besides the text and the name. */
export interface AroundOptions {
  /** The name opens its clause: what follows "est"/"s'est" agrees with it (default false). */
  subject?: boolean;
}

/**
 * The gender the words around one occurrence of a name give it (see the header), else null.
 * Reads a bounded window on each side.
 */
export function genderAround(text: string, o: Occurrence, opts: AroundOptions = {}): Gender | null {
  const before = text.slice(Math.max(0, o.at - AROUND), o.at);
  const possessive = POSSESSIVE_ROLE.exec(before);
  if (possessive !== null) return genderOfRole(possessive[1] ?? '', possessive[2] ?? '');
  const role = ROLE_COMMA.exec(before);
  const described = role && genderOfDescribed(role[1] ?? '', role[2] ?? '', role[3] ?? '');
  if (described) return described;
  const after = text.slice(o.end, o.end + AROUND);
  const apposition = APPOSITION.exec(after);
  if (apposition !== null) {
    const [, det = '', qualifiers = '', noun = ''] = apposition;
    const gender =
      det === '' ? genderOfRole(qualifiers, noun) : genderOfDescribed(det, qualifiers, noun);
    if (gender !== null) return gender;
  }
  const predicate = opts.subject === true ? PREDICATE.exec(after) : null;
  return predicate === null ? null : genderOfWord(predicate[1] ?? '');
}
