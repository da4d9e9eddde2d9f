/**
 * When the noun phrase after a verb of saying that follows a comma is its object, not an
 * inverted subject. "…, a écrit la compagnie" inverts only when the words before the comma are
 * a statement said by someone else; when they are the verb's own subject, or the verb continues
 * a series of acts of that subject, the phrase after it is what is told ("Le film, sorti en
 * 1998, raconte l'histoire d'un boxeur", "Le procureur se lève, rappelle les faits, requiert
 * …"). Grammar only (Grevisse, "incise" and "apposition"): no list of objects.
 */
import { verbAt } from './verb-match.js';

/**
 * A bare noun phrase: a determiner and a few words, or a capitalised name; no verb can hide in
 * it that the reader would take for the clause's ("le détenu", "Son livre", "Paul Ravel").
 */
const BARE_NOUN_PHRASE =
  /^(?:(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|ce|cet|cette|ces|notre|nos|mon|ma|mes)\s*[\p{L}-]+(?:\s+(?:(?:de|du|des|d['’])\s*)?[\p{L}-]+){0,3}|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})$/iu;

/**
 * An apposition opening with a past participle ("sorti en 1998", "paru chez Gallimard", "rendu
 * mardi", "publié jeudi par …", "ouverte jusqu'en mars") or with an age or a former office
 * ("âgé de 34 ans", "ancien ingénieur", "ex-ministre"): a description of the phrase before it,
 * with no verb of its own. Four letters at least: "lui", "vu" and the like are no participles.
 */
const APPOSITION =
  /^(?:âgée?s?|ancien(?:ne)?s?|ex-[\p{Ll}-]+|(?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|aussi|ainsi|parmi|depuis|puis|jadis|tandis|celui|voici|voilà)(?![\p{L}]))\p{Ll}{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|int|inte|ints|intes))(?![\p{L}])/u;

/**
 * Other modifiers of a noun phrase between commas (Grevisse, "apposition", "relative
 * explicative"): a relative clause ("qui était en visite à Lyon", "dont le budget a fondu", "que
 * présidait Mme Durand", "où le conseil siégeait"), a prepositional phrase of place, time or manner
 * ("dans son réquisitoire", "lors d'une conférence de presse", "par la voix de son président"), or
 * a noun phrase naming the same ("Paul Ravel, le président du club,"). A relative's verb is not
 * the clause's: "Le club, dont le budget a fondu, | a confirmé le départ …" states nothing before
 * its verb.
 */
const RELATIVE =
  /^(?:qui|que|qu['’]|dont|où|lequel|laquelle|lesquel(?:le)?s|auquel|auxquel(?:le)?s|duquel|desquel(?:le)?s)(?![\p{L}])/iu;
const PREPOSITIONAL =
  /^(?:dans|lors|par|pour|devant|depuis|pendant|durant|après|avant|avec|sans|sous|sur|chez|dès|malgré|selon|à|au|aux|en|de\s+(?:son|sa|ses|leur|leurs)\s+côté)(?![\p{L}])/iu;

/**
 * A noun phrase with no room for a verb: a determiner, its noun and maybe one adjective, up to two
 * "de" complements ("le tribunal correctionnel de Liège", "la ville de Québec"); or a name in
 * capitals ("Paul Ravel"). Case-sensitive, unlike `BARE_NOUN_PHRASE`, whose names under the "i"
 * flag are any three words.
 */
const NOUN_PHRASE =
  /^(?:(?:[Ll]es?|[Ll]a|[Ll]['’]|[Uu]ne?|[Ss]on|[Ss]a|[Ss]es|[Ll]eurs?|[Cc]e|[Cc]et|[Cc]ette|[Cc]es|[Nn]otre|[Nn]os)\s*[\p{L}-]+(?:\s+[\p{L}-]+)?(?:\s+(?:de|du|des|d['’])\s*(?:(?:la|l['’])\s*)?[\p{L}-]+(?:\s+[\p{L}-]+)?){0,2}|\p{Lu}[\p{L}'’-]+(?:\s+(?:de\s+|d['’])?\p{Lu}[\p{L}'’-]+){0,3})$/u;

/** Characters before an inverted verb read for its subject or the tense of its statement. */
const CLAUSE_REACH = 600;

/** Pieces of a clause between commas, trimmed, empty ones dropped. */
function piecesOf(text: string): string[] {
  return text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * "Le film, sorti en 1998, | raconte …", "Dans sa lettre, le détenu, âgé de 34 ans, | dénonce
 * …", "Le tribunal, que présidait Mme Durand, | a rappelé …": the words before the verb are a
 * noun phrase and its apposition, relative or adverbial, so they are the verb's subject, not a
 * statement; a clause ("Le trafic, interrompu depuis mardi, reprendra lundi") ends on a piece
 * that is none of them.
 */
export function subjectBeforeVerb(text: string, from: number, to: number): boolean {
  // Read within a bounded window: a noun phrase and its apposition are short, and an endless
  // sentence of verbs is not reread from its start for each of them. A piece cut by the window
  // is dropped (too long to be a bare noun phrase anyway).
  const start = Math.max(from, to - CLAUSE_REACH);
  const raw = text.slice(start, to).split(',');
  if (start > from) raw.shift();
  const pieces = piecesOf(raw.join(','));
  const last = pieces.at(-1);
  const head = pieces.at(-2);
  if (last === undefined || head === undefined) return false;
  if (APPOSITION.test(last) && BARE_NOUN_PHRASE.test(head)) return true;
  // The other modifiers follow a noun phrase with no verb in it ("Il faut aider les agriculteurs,
  // qui souffrent, | a déclaré X" ends on a relative about the clause's object).
  if (!NOUN_PHRASE.test(head) || NOT_PLAIN_PRESENT.test(head)) return false;
  if (RELATIVE.test(last) || PREPOSITIONAL.test(last)) return true;
  return NOUN_PHRASE.test(last) && !NOT_PLAIN_PRESENT.test(last);
}

/**
 * "…, et, le soir venu, | a écrit la lettre", "… et | a écrit …": a coordinator with at most a
 * fronted adverbial before the verb joins it to the verb before, with the same subject.
 */
const COORDINATED = /(?:^|\s)(?:et|puis|mais|ou)\s*(?:,[^,]{1,40})?,?\s*$/iu;

/** Words after "et" / "puis" that open a phrase, not a verb ("la préfecture et la mairie"). */
const NOT_A_VERB =
  /^(?:le|la|les|l['’]|un|une|des|du|de|d['’]|son|sa|ses|leur|leurs|ce|cet|cette|ces|notre|nos|votre|vos|mon|ma|mes|à|au|aux|en|dans|sur|sous|pour|par|avec|chez|sans|selon|non|plusieurs|certains|certaines|tous|toutes|deux|trois|\d)(?![\p{L}])|^\p{Lu}/u;

/**
 * The phrase is followed by another verb of the same subject: "salue la foule et entonne …"
 * (a lower-case word after "et" / "puis" that opens no phrase), or "rappelle les faits,
 * requiert …" (a verb of saying right after the comma, not a participle).
 */
export function seriesAfter(text: string, phraseEnd: number, sentenceEnd: number): boolean {
  const rest = text.slice(phraseEnd, Math.min(sentenceEnd, phraseEnd + 200));
  const and = /^[^,;.]*?\s(?:et|puis)\s+(\S+)/u.exec(rest);
  if (and !== null && /^\p{Ll}/u.test(and[1] ?? '') && !NOT_A_VERB.test(and[1] ?? '')) return true;
  const comma = /^\s*,\s*/u.exec(rest);
  if (comma === null) return false;
  const hit = verbAt(text, phraseEnd + comma[0].length);
  return hit !== null && hit.pronoun === null && !/ant$/u.test(text.slice(hit.start, hit.end));
}

/** The verb at the end of `before` is coordinated with a verb before it ("…, et, le soir venu,"). */
export function coordinatedBefore(before: string): boolean {
  return COORDINATED.test(before);
}

/**
 * A tense, a mood or a negation that a clause in the plain present lacks: auxiliaries, copulas
 * and modals, "ne"/"n'", the endings of the future, the imperfect and the conditional.
 */
const NOT_PLAIN_PRESENT =
  /(?:^|[\s'’])(?:ne|n|est|sont|était|étaient|sera|seront|serait|a|ont|avait|avaient|aura|auront|va|vont|faut|faudra|fallait|peut|peuvent|doit|doivent|y)(?=[\s'’,.;:!?…]|$)|\p{L}{2,}(?:ait|aient|ra|ront|rait|raient)(?![\p{L}])/iu;

/**
 * "La chanteuse monte sur scène, salue la foule", "Le rapport décrit …, détaille la
 * surpopulation": a clause in the plain present before a verb whose phrase is no speaker noun
 * reads as a series of acts of one subject (asyndeton), the phrase the second verb's object. A
 * statement in another tense ("Il faudra attendre, a averti la météo nationale") does not.
 */
export function plainPresentSeries(text: string, from: number, to: number): boolean {
  return !NOT_PLAIN_PRESENT.test(text.slice(Math.max(from, to - CLAUSE_REACH), to));
}
