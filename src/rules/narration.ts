/**
 * Narration taken for claims (issue 11): the journalist's or the page's own sentences that a
 * reporting-verb pattern matched. Each rule is a class of sentence seen on real pages, kept as a
 * commented table so a new class is a new row.
 */
import type { Attribution } from './attribution.js';
import { fold } from './text.js';
import { findVerbs } from './verb-match.js';

/**
 * The page or the journalist speaking to the reader: imperatives of its notices ("Prenez note
 * que cet article …", "Notez que …") are taken as speakers by the subject finder.
 */
const READER_IMPERATIVES = new Set([
  'prenez', // "Prenez note que cet article publié en 2017 pourrait …"
  'notez',
  'sachez',
  'veuillez',
  'rappelons',
  'notons',
  'precisons',
  'signalons',
  'soulignons',
]);

/**
 * A quotation whose every word is capitalised (articles and particles aside) is the title of a
 * newspaper, a book or a show (“The Wall Street Journal”, « Le Monde »), not a statement.
 */
const TITLE_PARTICLE = /^(?:the|of|and|a|an|de|du|des|la|le|les|l['’]|d['’]|et|en|à)$/iu;

function isTitle(quote: string): boolean {
  const words = quote.split(/\s+/u).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 6 || /[.!?;:,]/u.test(quote)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || TITLE_PARTICLE.test(w));
}

/**
 * What comes right before a reported statement and makes it no claim:
 * - a condition with its subject: "si elle estime que …", "s'il juge que …" state a hypothesis
 *   ("même si X affirme que" concedes a claim; "se demande si" has no subject after "si");
 * - a restrictive relative, no comma before "qui", the statement starting at its verb:
 *   "l'agent qui aurait dénoncé …" describes the noun by what it did ("X, qui affirme …" reports).
 */
const HYPOTHETICAL =
  /(?<!même\s)(?:^|[^\p{L}])(?:si\s+|s['’](?=ils?\s))(?:[\p{L}'’-]+\s+){1,3}(?:que|qu['’])?\s*$/iu;
const RESTRICTIVE_RELATIVE = /[^,\s]\s+qui\s+$/iu;
/** How far before a statement these cues are looked for. */
const CUE_WINDOW = 40;

/**
 * Reporting verbs whose reflexive is an action, not a statement: "le juge se récuse" steps aside
 * from a case, while "récuse l'idée" rejects a view.
 */
const REFLEXIVE_ACTIONS = new Set(['récuser']);
const REFLEXIVE_FORM = /^(?:se\s|s['’])/iu;
/** How far after its speaker a statement's verb is looked for. */
const VERB_WINDOW = 80;

/**
 * Subjects that name no one outside the article: generic "on" ("On considère que …", "On leur
 * demande de …": people in general, a procedure) and the writer's "nous" ("Nous pensons que …",
 * the authors of an essay or a communiqué speaking in their own voice, which the gold does not
 * annotate). Inside a quotation they are the quoted speaker's, but those sentences are direct
 * statements; an inverted "…, assure-t-on à Bercy" names its place and is left alone.
 */
const NO_ONE = new Set(['on', 'nous']);
/** "on a (par ailleurs) appris", "on apprend": the writer's unnamed source. */
const LEARNT_AFTER_ON =
  /^\s+(?:a\s+(?:\p{L}+\s+){0,2}?appris|apprend|apprenait|avait\s+appris)(?!\p{L})/u;
/**
 * "Chez PSA, on juge …", "À Bercy, on assure …", "Dans l'entourage du ministre, on …": the
 * phrase before a generic "on" speaks when it names a place or a body; "Chaque année, on leur
 * demande …", "Depuis, on considère …" front a time, and no one speaks.
 */
const BEFORE_ON = /^\s*,\s*on\s/iu;
const PLACE_OF_ON = /^(?:chez|a|au|aux|dans|cote)\s/u;
/** The same preposition written just before the speaker phrase ("Dans | le rapport, on …"). */
const PLACE_BEFORE_ON = /(?:^|[^\p{L}])(?:chez|a|au|aux|dans|cote)\s+$/u;
/** A name alone before "on" ("Matignon, on …", "Air France, on …"). */
const NAME_OF_ON = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*$/u;

/**
 * Declining to speak states nothing: "a refusé de commenter", "refusant de répondre aux
 * questions", "ont refusé de formuler des commentaires", "s'est refusé à tout commentaire" are no denial, while "refuse de signer l'accord"
 * rejects a demand. Matched on the statement, which starts at the verb ("refuse de …").
 */
const DECLINED_TO_SPEAK =
  /^(?:(?:a|ont|avait|avaient)\s+)?(?:(?:s['’]est|se\s+sont)\s+)?refus\p{L}*\s+(?:(?:de|d['’])\s*(?:(?:le|les|la|l['’]|y|en)\s*)?(?:commenter|répondre|réagir|s['’]exprimer|se\s+prononcer|confirmer|donner suite|(?:faire|formuler)\s+(?:de\s+|des\s+|le\s+moindre\s+|aucun\s+|tout\s+)?(?:commentaires?|déclarations?))|(?:à|a)\s+(?:tout|aucun)\s+(?:commentaire|déclaration))/iu;

/**
 * Reporting verbs whose other sense takes a sum of money: "le portefeuille rapporte 4,5 milliards
 * d'euros" yields it. Reporting "rapporter" takes a clause or words said ("rapporte que …",
 * "rapporte 12 cas de …"), never a price.
 */
const SUM_SENSES = new Set(['rapporter']);
/** A sum of money after the verb, maybe after a short adverbial ("chaque année", "près de"). */
const SUM =
  /^\s*(?:[\p{L}'’]+\s+){0,3}?(?:(?:près|plus|moins|environ|quelque)\s+(?:de\s+|d['’]))?\d[\d\s.,]*(?:(?:millions?|milliards?|mille)\s+)?(?:d['’]\s*|de\s+)?(?:euros?|€|dollars?|\$|francs?|livres?)(?!\p{L})/iu;

/**
 * A generic "on" opening a subordinate clause right before the verb, object pronouns aside
 * ("quand on lui demande si …", "lorsqu'on l'interroge"): the journalist's question, no one's
 * claim. "Chez PSA, on juge que …" (a named place) is a main clause, left to the checks above.
 */
const ON_BEFORE_VERB =
  /(?<!\p{L})(?:quand|lorsque|lorsqu['’]|si|comme|où|puisque|puisqu['’]|dès\s+que|dès\s+qu['’])\s*on\s+(?:(?:lui|leur|les|la|le|l['’]|y|en|ne|n['’])\s*)*$/iu;

/**
 * A line that announces another article ("Lire aussi : …", "À lire aussi | …", "VOIR AUSSI -
 * …", "Sur le même sujet : …"): its headline is a link, not a statement of this page. HTML
 * pages lose most such lines at extraction; text inputs and feeds keep them.
 */
const TEASER =
  /^(?:à\s+)?(?:lire|voir|écouter|regarder|relire|revoir)\s+(?:aussi|également|notre\s+\p{L}+|nos\s+\p{L}+)\s*(?:[:|–—-]|\s)|^sur\s+le\s+même\s+sujet\s*[:|–—-]/iu;
/** How far back the start of a statement's line is looked for. */
const LINE_WINDOW = 300;
/** Longest teaser label ("Sur le même sujet :"), read even when the speaker phrase holds it. */
const TEASER_LABEL = 30;

/** Whether the line holding `pos` opens with a teaser label. */
function inTeaser(text: string, pos: number): boolean {
  const from = Math.max(0, pos - LINE_WINDOW);
  const newline = text.slice(from, pos).lastIndexOf('\n');
  // No line start in the window: a long line is no teaser (and is not searched to its start).
  if (newline < 0 && from > 0) return false;
  const lineStart = newline < 0 ? 0 : from + newline + 1;
  return TEASER.test(
    text.slice(lineStart, Math.max(pos, lineStart + TEASER_LABEL) + 1).trimStart(),
  );
}

/** Whether an attributed statement is narration, not someone's claim. */
export function isNarration(text: string, att: Attribution): boolean {
  if (inTeaser(text, Math.min(att.quote.start, att.speaker.start))) return true;
  if (READER_IMPERATIVES.has(fold(att.speaker.text))) return true;
  if (DECLINED_TO_SPEAK.test(att.quote.text)) return true;
  // "Selon X, on aurait retenu …": the "on" is inside what X reports, X is the speaker.
  if (
    att.kind === 'reported' &&
    att.speaker.end <= att.quote.start &&
    att.attribution !== 'according'
  ) {
    const after = text.slice(att.speaker.end, att.speaker.end + 8);
    // "On a appris que …" reports an unnamed source (constructions.ts), not a generic view.
    const learnt =
      att.verbStance === 'reports' &&
      LEARNT_AFTER_ON.test(text.slice(att.speaker.end, att.speaker.end + 30));
    if (NO_ONE.has(fold(att.speaker.text.split(/\s+/u)[0] ?? '')) && !learnt) return true;
    // "Il sourit quand on lui demande si …": the verb's subject is the phrase's last word.
    if (fold(att.speaker.text.split(/[\s'’]+/u).pop() ?? '') === 'on' && !learnt) return true;
    const lead = fold(text.slice(Math.max(0, att.speaker.start - 12), att.speaker.start));
    const named =
      PLACE_BEFORE_ON.test(lead) ||
      PLACE_OF_ON.test(fold(att.speaker.text)) ||
      NAME_OF_ON.test(att.speaker.text);
    if (BEFORE_ON.test(after) && !named) return true;
  }
  if (att.kind === 'direct') return isTitle(att.quote.text);
  if (att.attribution !== 'verb') return false;
  const before = text.slice(Math.max(0, att.quote.start - CUE_WINDOW), att.quote.start);
  if (HYPOTHETICAL.test(before) || RESTRICTIVE_RELATIVE.test(before)) return true;
  // The verb follows its speaker (an inverted "…, estime X" has it before: nothing to check).
  const to = att.quote.start > att.speaker.end ? att.quote.start : att.quote.end;
  const verb = findVerbs(text, att.speaker.end, Math.min(to, att.speaker.end + VERB_WINDOW))[0];
  if (verb === undefined) return false;
  const form = text.slice(verb.start, verb.end);
  // "La ministre se tait lorsqu'on lui demande si …": the verb's own subject is a generic "on".
  if (ON_BEFORE_VERB.test(text.slice(Math.max(0, verb.start - CUE_WINDOW), verb.start)))
    return true;
  if (SUM_SENSES.has(verb.lemma) && SUM.test(text.slice(verb.end, verb.end + VERB_WINDOW))) {
    return true;
  }
  if (REFLEXIVE_ACTIONS.has(verb.lemma) && REFLEXIVE_FORM.test(form)) return true;
  // A statement that is the whole sentence: the relative stands before its verb.
  if (att.quote.start > att.speaker.start) return false;
  return RESTRICTIVE_RELATIVE.test(text.slice(Math.max(0, verb.start - CUE_WINDOW), verb.start));
}
