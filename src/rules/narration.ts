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

/** Whether an attributed statement is narration, not someone's claim. */
export function isNarration(text: string, att: Attribution): boolean {
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
  if (REFLEXIVE_ACTIONS.has(verb.lemma) && REFLEXIVE_FORM.test(form)) return true;
  // A statement that is the whole sentence: the relative stands before its verb.
  if (att.quote.start > att.speaker.start) return false;
  return RESTRICTIVE_RELATIVE.test(text.slice(Math.max(0, verb.start - CUE_WINDOW), verb.start));
}
