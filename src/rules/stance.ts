/**
 * Stance and certainty of an attributed statement, from cue tables: the reporting verb first,
 * then denial and question cues, then the French conditional (the press's "on dit que" mood).
 */
import type { Certainty, Stance } from '../types.js';
import {
  answersCharge,
  complaintShape,
  negationDenies,
  nobodyDenies,
  passiveDenies,
  type NegationContext,
} from './negation.js';
import {
  AUXILIARY,
  FALSITY_CUES,
  KNOWING_PRESENT,
  NEGATED_BY_AUCUN,
  NEGATED_CLAUSE,
  NEGATED_INFINITIVE,
  NEGATION_BEFORE_MARK,
  NEGATION_CUES,
  NEGATION_STATES_A_LACK,
  NOT_A_DENIAL,
  OPENS_ON_NEGATION,
  OWN_DENIAL,
  PLEDGE,
  QUESTION_CUES,
  SCOPE_NOT_PROPOSITION,
  UNKNOWN_FACT,
} from './denial-cues.js';
import {
  headClause,
  hasConditional,
  isCounterfactual,
  POSSIBLE_CUES,
  PROBABLE_CUES,
  riskInMainClause,
} from './mood.js';
import { tellsOwnAccount } from './telling.js';
import { fold } from './text.js';
import { findVerbs } from './verb-match.js';
import { REPORTING_VERBS } from './verbs.js';

/** Nothing but an adverb between a reporting verb and its "que". */
const VERB_TO_QUE = /^\s*(?:(?:\p{L}+ment|également|aussi|encore|même|bien|toujours)\s*)?$/u;

/**
 * The clause a statement's stance is read in: the first sentence's main clause, or, when that
 * clause is itself a report ("L'agence maintient qu'il n'y a pas de risque"), the reported one.
 */
function mainClause(text: string): { clause: string; lemma: string | undefined } {
  const lower = text.toLowerCase().replace(/’/g, "'");
  // A quotation opening on its conjunction ("soutenait « qu'il n'y avait pas d'affaire »") is
  // the reported clause itself: read from after "que".
  const first = (lower.split(/[.!?](?:\s|$)/u)[0] ?? '').replace(/^\s*qu(?:e\s+|')/u, '');
  const parts = first.split(/(?<!\p{L})(?:que(?!\p{L})|qu')/u);
  const head = parts[0] ?? '';
  // Only a reporting verb right before "que" makes the clause after it the statement: in "pour
  // s'assurer que le cas ne se reproduit pas", the negation is a purpose, not the claim.
  const verb = findVerbs(head, 0, head.length).pop();
  const reported = parts.length > 1 && verb !== undefined && VERB_TO_QUE.test(head.slice(verb.end));
  const clause = reported ? parts.slice(1).join(' que ') : head;
  // A second alternative after "ou" ("est combatif ou il n'est rien") defines, it rejects nothing.
  return {
    clause: clause.split(/(?<!\p{L})(?:qui|que|dont|lorsque|si|ou)(?!\p{L})|qu'|[;:]/u)[0] ?? '',
    lemma: reported ? verb?.lemma : undefined,
  };
}

/** Quotation marks inside a clause ("il n'est « pas possible »") are no words of it. */
const stripMarks = (text: string): string => text.replace(/[«»“”"]/gu, ' ').replace(/\s+/gu, ' ');

/**
 * True when the statement's main clause is negated in a way that rejects something: the
 * exclusions below (passive, litotes, scope, norms, pledges), then the construction (negation.ts).
 */
export function deniesByNegation(
  text: string,
  context: NegationContext = { verbLemmas: [] },
): boolean {
  const main = mainClause(stripMarks(text));
  const clause = fold(main.clause);
  const ctx = { ...context, verbLemmas: [...context.verbLemmas, main.lemma] };
  const reported = main.lemma !== undefined || context.reported === true;
  const m = NEGATED_CLAUSE.exec(clause);
  const verb = m?.[1];
  if (m === null || verb === undefined) {
    const a = NEGATED_BY_AUCUN.exec(clause);
    if (a === null) return nobodyDenies(clause, ctx);
    const after = clause.slice(a.index + a[0].length);
    const verb = a[1] ?? '';
    return negationDenies({ clause, index: a.index, match: a[0], verb, after, reported }, ctx);
  }
  // "n'ont pas été respectées": a passive states a failure, not a denial, unless it answers.
  if (m[2] !== undefined) return passiveDenies(ctx);
  // "n'a rien d'anodin", "n'a rien de surprenant": a litotes asserts.
  if (/\brien\s+d(?:e\s|')/u.test(clause.slice(m.index))) return false;
  const after = clause.slice(m.index + m[0].length);
  if (SCOPE_NOT_PROPOSITION.test(after)) return false;
  // "on ne montre pas les blessés", "on ne touche pas aux retraites": with the impersonal "on"
  // in a simple tense the negation states a practice or a norm; "on n'a jamais dit" still denies.
  if (/(?:^|[^\p{L}])on\s*$/u.test(clause.slice(0, m.index + 1)) && !AUXILIARY.test(verb)) {
    return false;
  }
  if (KNOWING_PRESENT.test(verb) && UNKNOWN_FACT.test(after)) return false;
  if (NOT_A_DENIAL.test(verb) || PLEDGE.test(verb)) return false;
  return negationDenies({ clause, index: m.index, match: m[0], verb, after, reported }, ctx);
}

/**
 * True when the text carries an explicit denial cue; with `negations` false, only the words that
 * call something false count (under a complaint, "n'ont jamais" states a lack).
 */
export function hasDenialCue(text: string, negations = true): boolean {
  // Marks inside a statement ("relève de la « pure calomnie »") are no words of it.
  const folded = fold(stripMarks(text)).trim();
  if (FALSITY_CUES.some((re) => re.test(folded))) return true;
  if (!negations) return false;
  return NEGATION_CUES.some((re) => {
    const m = re.exec(folded);
    return m !== null && !complaintShape(folded, m.index);
  });
}

/** The words a negation is read in: the quote, with a negated verb just before its mark. */
function negationScope(quote: string, lead: string): string {
  const folded = fold(lead);
  const m = NEGATION_BEFORE_MARK.exec(folded);
  if (m === null || !OPENS_ON_NEGATION.test(fold(quote))) return quote;
  return `${m[0].replace(/[«“"]/gu, ' ')} ${quote}`;
}

/** Whether the words cast doubt, whatever the verb. */
function questionsByCue(text: string): boolean {
  const folded = fold(text);
  return QUESTION_CUES.some((re) => re.test(folded));
}

export interface StanceInput {
  /** Stance of the reporting verb, when the statement has one. */
  verbStance: Stance | null;
  /** How the statement was attributed: `selon X` and `d'après X` only report; `pour X` gives X's view. */
  attribution: 'verb' | 'according' | 'pour' | 'colon';
  /** The quoted or reported words. */
  quote: string;
  /** Text between the speaker and the quote ("affirme n'avoir"), where denials often hide. */
  bridge: string;
  /** The conditional of the quote is concordance after a past verb, not a hedge. */
  concordance?: boolean | undefined;
  /** Direct speech: a conditional there is the speaker's own modality, not the press relaying. */
  kind?: 'direct' | 'reported' | undefined;
  /** Lemma of the reporting verb, when known ("déplorer": a negation under it states a lack). */
  verbLemma?: string | undefined;
  /**
   * Text right before the quote ("il n'est « "), where a quotation's negated verb may stand and
   * an accusation it answers may be named ("Concernant les rumeurs, il est catégorique : « ").
   */
  lead?: string | undefined;
  /** The speaker as written ("le rapport de l'inspection"): a document or a medium reports. */
  speaker?: string | undefined;
  /** The claimant the speaker was resolved to ("Il" → "Bloomberg"), when known. */
  claimant?: string | undefined;
  /**
   * Read a denial's infinitive opening the bridge ("dit « réfuter » les accusations"), for the
   * claim's stance; default false, as spans.ts wants: such a statement is the infinitive's
   * clause, not a bare denial widened to its subject.
   */
  throughInfinitive?: boolean | undefined;
}

/**
 * Documents and figures as speakers (the conventions: what a study or a report reports is
 * `reports`): "le rapport dit que", "les statistiques indiquent". Head nouns, folded. Media are
 * left out: the samples' gold has "le magazine affirme que …" assert, the real-page gold has
 * "rappelle le quotidien" report, so no rule holds for both.
 */
const DOCUMENT_SPEAKERS = new Set(
  `rapport rapports etude etudes enquete enquetes analyse analyses statistiques chiffres donnees
  sondage sondages bilan document documents releves resultats`.split(/\s+/u),
);
/** Whether a speaker phrase is a document or a medium: a head noun before its complement. */
function isDocumentSpeaker(speaker: string): boolean {
  const words = fold(speaker)
    .replace(/^(?:les|le|la|l'|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s*/u, '')
    .split(/\s+(?:de|du|des|d')\b/u)[0];
  return (words ?? '').split(/\s+/u).some((w) => DOCUMENT_SPEAKERS.has(w));
}

/**
 * Infinitives of the denial verbs (verbs.ts lemmas, those that deny in the affirmative): a
 * statement that opens on one ("dit « réfuter fermement » les accusations", "affirme contester
 * ces chiffres") is a denial reported through its infinitive. "refuser de" is left out: a
 * refusal is an intention, not the rejection of a claim.
 */
const DENIAL_INFINITIVES = new Set(
  REPORTING_VERBS.filter(
    (v) => v.stance === 'denies' && v.negatedOnly !== true && v.lemma !== 'refuser',
  ).map((v) => fold(v.lemma)),
);
const opensOnDenialInfinitive = (quote: string): boolean =>
  DENIAL_INFINITIVES.has(/^\p{L}+/u.exec(fold(stripMarks(quote)).trim())?.[0] ?? '');

const deniesInOwnWords = (quote: string): boolean =>
  OWN_DENIAL.test(fold(stripMarks(quote)).trim());

/** Whether the statement rejects something: a denial verb, falsity words or a negation. */
function denies(input: StanceInput): boolean {
  if (input.verbStance === 'denies' || opensOnDenialInfinitive(input.quote)) return true;
  if (input.kind === 'direct' && deniesInOwnWords(input.quote)) return true;
  if (input.throughInfinitive === true && input.attribution === 'verb') {
    if (opensOnDenialInfinitive(input.bridge)) return true;
  }
  const lack = input.verbLemma !== undefined && NEGATION_STATES_A_LACK.has(input.verbLemma);
  if (hasDenialCue(`${input.bridge} ${input.quote}`.trim(), !lack)) return true;
  if (lack) return false;
  if (input.attribution === 'verb' && NEGATED_INFINITIVE.test(fold(input.bridge))) return true;
  // A question asks; "n'a-t-il pas agi ?" rejects nothing.
  if (/\?\s*$/u.test(input.quote)) return false;
  return deniesByNegation(negationScope(input.quote, input.lead ?? ''), {
    verbLemmas: [input.verbLemma],
    speaker: input.speaker,
    answers: answersCharge(input.lead ?? '', input.speaker),
    reported: input.kind === 'reported',
  });
}

/** Denial beats question beats report beats assertion. */
export function stanceOf(input: StanceInput): Stance {
  if (denies(input)) return 'denies';
  if (
    input.verbStance === 'questions' ||
    /\?\s*$/.test(input.quote) ||
    questionsByCue(input.quote)
  ) {
    return 'questions';
  }
  if (input.attribution === 'according') return 'reports';
  const speaker = input.speaker ?? '';
  if (input.attribution === 'verb' && isDocumentSpeaker(speaker)) return 'reports';
  // "a-t-elle raconté", "rapporte le ministère": one's own account asserts (telling.ts).
  const ownAccount =
    input.attribution === 'verb' && tellsOwnAccount(input.verbLemma, speaker, input.claimant);
  if (input.verbStance === 'reports' && !ownAccount) return 'reports';
  if (
    input.kind !== 'direct' &&
    !input.concordance &&
    hasConditional(headClause(input.quote)) &&
    !isCounterfactual(input.quote)
  ) {
    return 'reports';
  }
  return 'asserts';
}

/** Conditional in the main clause or between verb and quote → possible; hedges → probable; questions → unknown; otherwise certain. */
export function certaintyOf(
  stance: Stance,
  quote: string,
  bridge = '',
  concordance = false,
): Certainty {
  const hedged = !concordance && hasConditional(headClause(quote)) && !isCounterfactual(quote);
  if (hedged || hasConditional(bridge)) return 'possible';
  const folded = fold(quote);
  if (POSSIBLE_CUES.some((re) => re.test(folded)) || riskInMainClause(quote)) return 'possible';
  if (PROBABLE_CUES.some((re) => re.test(folded))) return 'probable';
  if (stance === 'questions') return 'unknown';
  return 'certain';
}
