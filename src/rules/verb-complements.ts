/**
 * What press prose puts between a reporting verb and what it introduces, as a table of regex
 * sources (issue 11, area D: statements cut or missed on unseen pages). News French says when,
 * how and to whom something was said right after the verb: "a déclaré mardi soir que …", "a
 * expliqué à la presse locale que …", "a indiqué dans un communiqué que …", "avait annoncé par
 * avance qu'…", and with the subject inverted "…, a précisé jeudi le président". Each piece is
 * bounded in words, so a match anchored at the verb reads a fixed window: the scan stays linear.
 * A noun phrase alone is never skipped: in "a rappelé les promesses que …" the "que" is a
 * relative pronoun, not the start of a reported clause.
 */

/**
 * Days, parts of the day and dates: "mardi", "jeudi soir", "hier", "ce matin", "le 3 mars",
 * "l'an dernier", "la semaine dernière".
 */
const TIME =
  '(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\\s+(?:matin|midi|après-midi|soir|dernier|prochain))?' +
  "|hier(?:\\s+(?:matin|midi|soir))?|aujourd['’]hui|ce\\s+(?:matin|midi|soir|week-end)" +
  "|l['’]an\\s+(?:dernier|passé)|l['’]année\\s+(?:dernière|passée)|la\\s+semaine\\s+(?:dernière|passée)|le\\s+mois\\s+(?:dernier|passé)|la\\s+veille" +
  '|cette\\s+(?:semaine|année|nuit)|(?:le\\s+)?\\d{1,2}(?:er)?\\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))';

/**
 * Manner, stance and sequence: "-ment" adverbs and the fixed adverbials of reported speech
 * ("par avance", "pour sa part", "à son tour", "en substance"). Lower-case only: "Clément" is a name.
 */
const MANNER =
  "(?:\\p{Ll}+ment|également|aussi|encore|déjà|même|volontiers|toutefois|cependant|pourtant|ensuite|enfin|alors|ainsi|d['’]ailleurs" +
  '|en outre|par ailleurs|par avance|à nouveau|de nouveau|une nouvelle fois|encore une fois|à plusieurs reprises' +
  '|en substance|en effet|en fait|de fait|surtout|avant tout|pour sa part|pour leur part|de son côté|de leur côté|à son tour|à leur tour' +
  '|sans détour|sans ambages|haut et fort|quant à lui|quant à elle)';

/**
 * A word of a complement: no punctuation, no quotation mark, not "que" (which ends the gap) nor
 * a second "à", nor a number: "glissent à la 6e place à 6 points de Liverpool" is a ranking,
 * not an addressee.
 */
const WORD = "(?!(?:que|si|à|au|aux)(?![\\p{L}'’])|qu['’]|\\p{N})[^\\s,.;:!?«»\"“”()]+";

/** Capitalised words read as one ("dans Le Monde la sociologue": the name is not the subject). */
const NAME = '\\p{Lu}[^\\s,.;:!?«»"“”()]*(?:\\s+\\p{Lu}[^\\s,.;:!?«»"“”()]*)*';

/**
 * An addressee, a channel or an occasion, up to four words after the preposition: "à l'AFP",
 * "au Parisien", "aux journalistes", "dans un communiqué", "devant les députés", "sur France
 * Inter", "lors d'une conférence de presse", "auprès de l'agence".
 */
const PLACE =
  "(?:(?:à|au|aux|dans|devant|sur|lors\\s+d(?:e|u|es)|auprès\\s+d(?:e|u|es)|via)\\s+|(?:lors|auprès)\\s+d['’])" +
  `(?:${NAME}|${WORD})(?:\\s+(?:${NAME}|${WORD})){0,3}?`;

/** One adverbial after a reporting verb, maybe set off by commas. */
const ONE = `\\s*,?\\s*(?:${TIME}|${MANNER}|${PLACE})(?![\\p{L}\\p{N}])\\s*,?`;

/** Up to three adverbials after a reporting verb (regex source, to anchor at the verb's end). */
const VERB_ADVERBIALS = `(?:${ONE}){0,3}`;

/** What starts the subject of an inverted verb: a determiner or a capital. */
const SUBJECT_START =
  "(?:(?:le|la|les|un|une|des|son|sa|ses|leur|leurs|ce|cette|ces)\\s|l['’]|\\p{Lu})";

/** "que"/"qu'"/"si" opening a reported clause, after the verb's adverbials. */
export const QUE_AFTER_VERB = new RegExp(
  `^${VERB_ADVERBIALS}\\s*(?:que(?![\\p{L}'’])|qu['’]|si(?![\\p{L}'’]))\\s*`,
  'u',
);

/**
 * The adverbials right after an inverted verb, up to its subject ("a précisé jeudi le …", "a
 * indiqué à la presse la préfecture"): the shortest run followed by a determiner or a name.
 */
export const ADVERBIALS_BEFORE_SUBJECT = new RegExp(
  `^(?:${ONE}){1,3}?\\s+(?=${SUBJECT_START})`,
  'u',
);

/**
 * An infinitive complement right after a reporting verb, maybe after an adverb: "a confié avoir
 * reçu des menaces", "affirme n'avoir jamais reçu", "dit vouloir partir", "assure ne pas le
 * connaître". The gold's convention, as for a "que" clause, is the infinitive clause without its
 * verb and subject. Group `inf` starts at the negation, the clitic or the infinitive. With
 * `clitic` false, "le/la/les" are not taken as clitics: after a verb reporting a noun phrase
 * ("annonce le dernier bilan") they are articles.
 */
export function infinitiveAfterVerb(rest: string, clitic: boolean): number {
  const m = (clitic ? INFINITIVE_WITH_CLITIC : INFINITIVE_PLAIN).exec(rest);
  return m === null ? -1 : (m.index ?? 0) + m[0].length - (m.groups?.['inf']?.length ?? 0);
}

const ADVERB = "(?:(?:\\p{Ll}+ment|également|aussi|même|encore|d['’]ailleurs|toutefois)\\s+)?";
const NEGATION = "(?:(?:ne|n['’])\\s*(?:(?:pas|jamais|plus|rien|guère)\\s+)?)?";
/** An infinitive's ending; "-aire" words are adjectives and nouns ("nécessaire"), but "faire". */
const INFINITIVE =
  "(?:(?:re)?faire|plaire|taire|(?!\\p{Ll}*aire(?![\\p{L}'’]))\\p{Ll}+(?:er|ir|re|oir))(?![\\p{L}'’])";
const INFINITIVE_WITH_CLITIC = new RegExp(
  `^\\s*${ADVERB}(?<inf>${NEGATION}(?:(?:l['’]|les?\\s+|la\\s+|y\\s+|en\\s+|s['’]|se\\s+|lui\\s+|leur\\s+)\\s*)?${INFINITIVE})`,
  'u',
);
const INFINITIVE_PLAIN = new RegExp(
  `^\\s*${ADVERB}(?<inf>${NEGATION}(?:(?:y\\s+|en\\s+|s['’]|se\\s+)\\s*)?${INFINITIVE})`,
  'u',
);

/**
 * Words that open a clause, not an apposition about a speaker: pronouns, determiners,
 * prepositions, conjunctions and adverbs ("Selon X, il faut …", "Pour X, la ville …").
 */
const CLAUSE_OPENERS = new Set(
  `il elle ils elles on nous vous je tu ce c cela ça ceci celui celle ceux celles le la les l un
  une des du de d au aux à en dans par pour sur sous avec sans entre vers chez si s quand lorsque
  lorsqu comme mais et ou donc or ni car que qu qui dont où y ne n se plus moins très trop tout
  tous toute toutes selon même aussi alors ainsi déjà encore toujours jamais bien mal peu
  beaucoup aujourd hier demain désormais enfin ensuite puis cette ces cet son sa ses leur leurs
  notre nos votre vos mon ma mes certains certaines plusieurs aucun aucune chaque rien personne
  non oui il y voilà voici là ici depuis après avant pendant malgré face grâce`.split(/\s+/),
);

/** A finite verb inside a segment makes it a clause ("X, le maire a menti, …"). */
const FINITE_IN_SEGMENT =
  /(?:^|\s)(?:est|sont|était|étaient|a|ont|avait|avaient|sera|seront|serait|fait|font|va|vont|doit|peut|faut)(?=\s|$)/u;

/** An apposition after "Selon X," or "Pour X,": lower-case, verbless, a dozen words at most. */
function isApposition(segment: string): boolean {
  const first = /^\p{Ll}[\p{L}-]*/u.exec(segment)?.[0];
  if (first === undefined || CLAUSE_OPENERS.has(first) || /ment$/u.test(first)) return false;
  const words = segment.split(/\s+/).length;
  return words <= 12 && !FINITE_IN_SEGMENT.test(segment);
}

/**
 * Where the statement starts after "Selon X," or "Pour X,": past the appositions describing X
 * ("Pour Claire Dubois, présidente de l'association, les loyers …"; "Selon Marc Petit,
 * économiste à l'OFCE, …"), at most three, each closed by a comma. Reads forward from `from`
 * a bounded number of commas, so linear.
 */
export function pastAppositions(text: string, from: number, end: number): number {
  let at = from;
  for (let i = 0; i < 3; i++) {
    const rest = text.slice(at, Math.min(end, at + 200));
    const lead = /^\s*/u.exec(rest)?.[0].length ?? 0;
    const comma = rest.indexOf(',', lead);
    if (comma < 0 || !isApposition(rest.slice(lead, comma).trim())) break;
    // An apposition is never the whole rest: a statement must follow it.
    if (!/\p{L}/u.test(text.slice(at + comma + 1, end))) break;
    at += comma + 1;
  }
  return at;
}
