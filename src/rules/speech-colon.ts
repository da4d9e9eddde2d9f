/**
 * Speech announced before a colon without a reporting verb (issue 11, area D: statements missed
 * on unseen pages). French press announces what someone said with a noun of speech or a verb of
 * reacting, then gives the words after a colon: "Le ministre a réagi : « … »", "La présidente a
 * tenu des propos très durs : « … »", "Les infirmières lancent un avertissement : …", "Réponse
 * de la ministre : « … »". The nouns are the "noms de parole" that name a speech act (their
 * content is the statement); the verbs of reacting report speech only right before the colon
 * ("Les pompiers ont réagi très vite : le feu …" is an act). The speaker is the clause's subject,
 * or the "de X" complement of a verbless heading.
 */
import { isSpeakerPhrase, type Phrase } from './speaker.js';

/** Nouns of speech whose content follows the colon ("des propos", "un avertissement"). */
const SPEECH_NOUN =
  '(?:propos|déclarations?|annonces?|messages?|mots|avertissements?|mises?\\s+en\\s+garde|appels?|réponses?|réactions?|commentaires?|explications?|aveux|aveu|promesses?|confidences?|accusations?|plaidoyer|réquisitoire|mise\\s+au\\s+point|précisions?)';

/**
 * The end of a clause announcing speech: a determiner, up to two words (adjectives: "un dernier
 * avertissement"), the noun, up to 40 characters of modifiers ("très durs", "à l'adresse du
 * gouvernement"); or a verb of reacting, maybe after "s'est exprimé".
 */
const ANNOUNCES = new RegExp(
  `(?:\\s(?:des|de|d['’]|un|une|les|ces|ses|son|sa|leur|leurs|cette|ce)\\s*(?:[\\p{L}-]+\\s+){0,2}?${SPEECH_NOUN}(?![\\p{L}])[^:;.!?«»]{0,40}` +
    "|\\s(?:a|ont|avait|avaient)\\s+(?:(?:\\p{Ll}+ment|aussitôt|vite)\\s+)?(?:réagi|pris\\s+la\\s+parole)|\\s(?:réagit|réagissent)|\\ss['’]est\\s+exprimée?|\\sse\\s+sont\\s+exprimée?s)\\s*:\\s*$",
  'iu',
);

/**
 * The participles that make the subject the author of the speech noun after them, its support
 * verbs (Gross, "verbes supports": tenir des propos, lancer un appel, faire une déclaration,
 * livrer ses explications, donner sa réponse, avoir des mots durs), and the verbs of reacting.
 * "Les élèves ont reçu les réponses :", "a lu les déclarations du prévenu :": the subject
 * received or read the speech, someone else made it.
 */
const SUPPORT =
  '(?:tenu|lancé|fait|livré|adressé|prononcé|lâché|donné|apporté|formulé|émis|publié|diffusé|posté|envoyé|exprimé|réitéré|renouvelé|multiplié|répété|fourni|délivré|signé|partagé|dévoilé|eu|réagi|pris)';

/**
 * The subject opening the clause's last comma-free piece, up to its finite verb: "la présidente
 * du département a tenu …", "Les infirmières lancent …".
 */
const SUBJECT_VERB = new RegExp(
  "^\\s*((?:[LlDd]['’]|\\p{Lu}|(?:le|la|les|un|une|des|ce|cette|ces|son|sa|ses|leur|leurs)\\s)[^,:]*?)\\s+" +
    `(?:(?:ne|n['’])\\s*)?(?:(?:a|ont|avait|avaient|aura)\\s+(?:(?:\\p{Ll}+ment|aussitôt|déjà|aussi|également|enfin|vite)\\s+)?${SUPPORT}(?![\\p{L}])|s['’]est|se\\s+sont|tient|` +
    'tiennent|tenait|lance|lancent|lançait|fait|font|faisait|livre|livrent|adresse|adressent|prononce|prononcent|lâche|lâchent|réagit|réagissent)\\s',
  'u',
);

/** "Réponse de la ministre :", "Réaction du maire :": a heading with its speaker after "de". */
const VERBLESS = new RegExp(
  `^\\s*(?:(?:et|puis)\\s+)?(?:la\\s+|sa\\s+)?${SPEECH_NOUN}\\s+(?:de\\s+|d['’]|du\\s+|des\\s+)([^,:;]{2,60}?)\\s*:\\s*$`,
  'iu',
);

/**
 * A speaker alone before the colon, its words in quotation marks after it: "Le maire : « … »",
 * "L'avocat de la défense : « … »" (the press's shorthand for "X a déclaré :"). The whole clause
 * is one short noun phrase, opening the sentence.
 */
const ALONE =
  /^\s*((?:[LlDd]['’]\s*|(?:le|la|les|un|une|son|sa|ses|leur|leurs)\s+|\p{Lu})[^,:;.!?«»"“”]{1,60}?)\s*:\s*$/u;
/** Most words a speaker alone before a colon has ("la porte-parole du ministère de la Santé"). */
const MAX_ALONE_WORDS = 8;

/**
 * The head of a phrase alone before a colon: its determiner and noun ("Le maire", "L'avocat" of
 * "L'avocat de la défense"), or the whole of a name. "Le programme du candidat :" and "Le titre
 * du journal :" name a text, whose complement is no speaker of the quotation.
 */
function headOf(phrase: string): string {
  const elided = /^[LlDd]['’]\s*[\p{L}-]+/u.exec(phrase);
  if (elided !== null) return elided[0];
  const determined = /^(?:le|la|les|un|une|son|sa|ses|leur|leurs)\s+[\p{L}-]+/iu.exec(phrase);
  return determined === null ? phrase : determined[0];
}

/** Options of `speechBeforeColon`. */
export interface ColonOptions {
  /** The words after the colon are a quotation: a speaker alone before it speaks. Default false. */
  quoted?: boolean;
}

/**
 * The speaker of what follows the colon that ends `text[from, colonEnd)`, when that clause
 * announces speech; else null. Reads only the clause: bounded by its caller's sentence.
 */
export function speechBeforeColon(
  text: string,
  from: number,
  colonEnd: number,
  options: ColonOptions = {},
): Phrase | null {
  const lead = text.slice(from, colonEnd);
  const heading = VERBLESS.exec(lead);
  if (heading !== null) {
    const name = heading[1] ?? '';
    const at = from + heading[0].lastIndexOf(name);
    return { text: name, start: at, end: at + name.length };
  }
  const alone = options.quoted === true ? ALONE.exec(lead) : null;
  const name = alone?.[1];
  if (alone !== null && name !== undefined && name.split(/\s+/u).length <= MAX_ALONE_WORDS) {
    const at = from + alone[0].indexOf(name);
    if (isSpeakerPhrase(headOf(name))) return { text: name, start: at, end: at + name.length };
  }
  if (!ANNOUNCES.test(lead)) return null;
  const piece = lead.lastIndexOf(',') + 1;
  const m = SUBJECT_VERB.exec(lead.slice(piece));
  const subject = m?.[1];
  if (m === null || subject === undefined) return null;
  if (!isSpeakerPhrase(subject)) return null;
  const at = from + piece + m[0].indexOf(subject);
  return { text: subject, start: at, end: at + subject.length };
}
