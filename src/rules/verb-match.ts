/**
 * Finding reporting verbs in text: anywhere in a range, or right at a position (after a closing
 * quotation mark). Negated verbs ("ne dément pas") and reflexive verbs used without their pronoun
 * ("demande une liste") are not reporting verbs.
 */
import type { Stance } from '../types.js';
import { isNounUse } from './nouns.js';
import { isOtherSense } from './verb-senses.js';
import {
  INVERTED_PRONOUN,
  PAST_AUXILIARIES,
  PAST_FINITE,
  VERB_BEFORE,
  VERB_GROUP,
  WB_AFTER,
  verbOfForm,
  type ReportingVerb,
} from './verbs.js';

/** A reporting verb found in the text. */
export interface VerbHit {
  start: number;
  end: number;
  lemma: string;
  stance: Stance;
  /** Inverted subject pronoun ("affirme-t-il"), when there is one. */
  pronoun: string | null;
  /** Requests and accusations, whose verb phrase is the statement (see `ReportingVerb`). */
  predicate: 'request' | 'de' | 'à' | 'comme' | null;
  /** Reports only through a clause or a quotation (see `ReportingVerb.clauseOnly`). */
  clauseOnly: boolean;
  /** Not through an infinitive either (see `ReportingVerb.queOnly`). */
  queOnly?: boolean;
  /** "de" must open an infinitive (see `ReportingVerb.deInfinitive`). */
  deInfinitive?: boolean;
  /** In a past tense ("a annoncé", "annonçait"): a conditional after it may be concordance. */
  past: boolean;
}

const VERB_ANY = new RegExp(
  `${VERB_BEFORE}(?:${INVERTED_PRONOUN}|${VERB_GROUP})${WB_AFTER}`,
  'giu',
);
const VERB_AT = new RegExp(`(?:${INVERTED_PRONOUN}|${VERB_GROUP})${WB_AFTER}`, 'iuy');

/**
 * Negation right before the verb: "ne dément", "n'affirme", "ne le confirme", and in compound
 * tenses "n'a pas confirmé", "n'a rien dit", "ne l'a jamais démenti".
 */
const NEGATED_BEFORE =
  /(?:^|[\s,])(?:ne|n['’])\s*(?:(?:le|la|les|l['’]|lui|leur|y|en)\s*)?(?:(?:a|ont|avait|avaient|aurait|auraient|aura|auront|est|sont)\s+(?:pas|rien|jamais|plus|guère|point)\s+)?$/iu;
/** How far before a verb its negation is looked for. */
const NEGATION_WINDOW = 32;

/**
 * Verbs whose form with "se" still reports, a statement about the speaker: "se dit calme",
 * "se déclare favorable", "s'estime lésé", "se juge trahi", "se considère comme", "se rappelle
 * que", "s'avoue vaincu", "se prétend innocent", "se croit visé", "se confie".
 */
const SAID_OF_ONESELF: ReadonlySet<string> = new Set([
  'dire',
  'déclarer',
  'estimer',
  'juger',
  'considérer',
  'rappeler',
  'avouer',
  'prétendre',
  'croire',
  'confier',
]);

/**
 * "par" and a noun phrase after it: the agent of a passive ("le rapport écrit par ProPublica").
 * "par ailleurs", "par exemple" are adverbs and leave the verb finite ("il écrit par ailleurs que").
 */
const AGENT_AFTER =
  /^\s+par\s+(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|ce|cette|ces|\p{Lu})/u;

/**
 * Whether a finite form that is also a participle ("écrit", "dit", "décrit", "craint") is the
 * participle of a passive, its agent after "par": "le rapport écrit par le média" states
 * nothing of the report's; the finite verb never takes "par" and an agent.
 */
function isAgentParticiple(verb: ReportingVerb, form: string, text: string, end: number): boolean {
  if (!(verb.participles ?? []).includes(form.toLowerCase())) return false;
  return AGENT_AFTER.test(text.slice(end, end + 24));
}

/** Forms of "vouloir" among the governors (verbs.ts): "veut dire" means, it does not say. */
const VOULOIR = /^(?:veu|voul|a voulu|ont voulu)/iu;
/** A governor in a past tense: compound ("a tenu à", "s'est empressé de") or imperfect. */
const PAST_GOVERNOR = /(?:^|\s)(?:a|ont|avait|avaient|est|sont)\s|(?:ait|aient|int)$/iu;

/** Fixed phrases built on "dit" that report nothing: "autrement dit", "cela dit". */
const FIXED_DIT = /(?:autrement|cela|ceci|ça|proprement|soit)\s+$/iu;

function hitOf(m: RegExpExecArray, text: string): VerbHit | null {
  const g = m.groups ?? {};
  const form = g['form'] ?? g['part'] ?? g['iform'] ?? g['ipart'] ?? g['inf'] ?? '';
  const reflexive =
    g['refl'] !== undefined ||
    g['irefl'] !== undefined ||
    /^(?:s['’]est|se\s+sont)$/iu.test(g['aux'] ?? '');
  const verb = verbOfForm(form, reflexive);
  if (verb === undefined) return null;
  // "cela veut dire que" means, it reports nothing.
  if (verb.lemma === 'dire' && VOULOIR.test(g['gov'] ?? '')) return null;
  // "le juge Martin", "une note": a form after an article is a noun (nouns.ts).
  if (isNounUse(text, m.index)) return null;
  // "la dépendance critique des …", "le chantier accuse un retard" (verb-senses.ts).
  if (isOtherSense(text, m.index, m.index + m[0].length, form, verb.lemma)) return null;
  if (verb.reflexive === true && !reflexive) return null;
  // "si elle se confirme", "cela se révèle complexe", "s'explique par": with "se" a verb that is
  // not reflexive is a passive or a change of state; only saying something of oneself reports
  // ("se dit prêt", "s'estime lésé").
  if (reflexive && verb.reflexive !== true && !SAID_OF_ONESELF.has(verb.lemma)) return null;
  const before = text.slice(Math.max(0, m.index - NEGATION_WINDOW), m.index);
  const negation = NEGATED_BEFORE.exec(before);
  if (verb.negatedOnly === true) return negatedFinding(m, text, negation, verb.lemma);
  if (verb.deniesWhenNegated === true && (negation !== null || g['neg'] !== undefined)) {
    return negatedFinding(m, text, negation, verb.lemma, verb.clauseOnly === true);
  }
  // "n'a jamais affirmé que P" does not put P in the subject's mouth, as "ne dément pas" does
  // not deny: a negated reporting verb reports nothing (a negated finding is the exception).
  if (negation !== null || g['neg'] !== undefined) return null;
  if (verb.lemma === 'dire' && FIXED_DIT.test(before)) return null;
  if (g['form'] !== undefined && isAgentParticiple(verb, g['form'], text, m.index + m[0].length)) {
    return null;
  }
  const pronoun = g['ipron'] ?? g['apron'] ?? null;
  const end = m.index + m[0].length;
  if (verb.object !== undefined && !verb.object.test(text.slice(end, end + 80))) return null;
  // "s'en défend": the clitic "en" is the complement, so the verb phrase is the statement.
  const en = g['en'] !== undefined;
  return {
    start: m.index,
    end,
    lemma: verb.lemma,
    stance: stanceOfConstruction(verb, en, text.slice(end, end + 40)),
    pronoun,
    predicate: en ? 'request' : (verb.predicate ?? null),
    clauseOnly: verb.clauseOnly === true,
    queOnly: verb.queOnly === true,
    deInfinitive: verb.deInfinitive === true,
    past:
      g['aux'] !== undefined
        ? PAST_AUXILIARIES.has(g['aux'].toLowerCase().replace(/\s+/g, ' '))
        : g['gov'] !== undefined
          ? PAST_GOVERNOR.test(g['gov'])
          : PAST_FINITE.has(form.toLowerCase()),
  };
}

/** The complement that makes "se défendre" a denial: "de"/"d'" after it, maybe after an adverb. */
const DE_COMPLEMENT = /^\s*(?:(?:\p{L}+ment|avec\s+\p{L}+)\s+)?(?:d['’]|(?:de|du|des)(?!\p{L}))/iu;

/** The verb's stance in this construction (see `ReportingVerb.bareStance`). */
function stanceOfConstruction(verb: ReportingVerb, en: boolean, after: string): Stance {
  if (verb.bareStance === undefined || en || DE_COMPLEMENT.test(after)) return verb.stance;
  return verb.bareStance;
}

/** A negation word after a finite verb ("ne montrent pas de"); "ne … que" only restricts. */
const NEGATION_AFTER = /^\s+(?:pas|jamais|aucune?|rien|nullement|guère|point|plus)(?!\p{L})/iu;
/** "que" right after the negation (or the verb, in a compound tense): "ne croit pas que". */
const NEGATED_CLAUSE_AFTER =
  /^(?:\s+(?:pas|jamais|nullement|aucunement|vraiment))*\s+qu(?:e(?!\p{L})|['’])/iu;

/**
 * A finding verb in the negative is a denial whose statement starts at the negation ("ne
 * montrent pas de risque"); in the positive it reports nothing (see `ReportingVerb.negatedOnly`).
 */
function negatedFinding(
  m: RegExpExecArray,
  text: string,
  negation: RegExpExecArray | null,
  lemma: string,
  clauseOnly = false,
): VerbHit | null {
  const compound = m.groups?.['neg'] !== undefined;
  if (negation === null && !compound) return shownByStudy(m, text, lemma);
  const end = m.index + m[0].length;
  if (!compound && !NEGATION_AFTER.test(text.slice(end, end + 16))) return null;
  // An opinion verb rejects only a clause: "ne croit pas que P", not "ne croit pas en Dieu".
  if (clauseOnly && !NEGATED_CLAUSE_AFTER.test(text.slice(end, end + 30))) return null;
  // From the "ne"/"n'" on, when there is one ("n'a pas démontré"); else from the auxiliary.
  const lead =
    negation === null ? 0 : negation[0].length - (/^[\s,]/u.exec(negation[0])?.[0].length ?? 0);
  const start = m.index - lead;
  return {
    start,
    end,
    lemma,
    stance: 'denies',
    pronoun: null,
    // The verb phrase is the statement, as for requests ("ne montrent pas de lien entre …").
    predicate: 'request',
    clauseOnly: false,
    past: false,
  };
}

/**
 * The head nouns of a study, a report or figures as a subject ("une étude de l'Inserm", "le
 * rapport annuel de la Cour", "les chiffres du ministère"), up to 60 characters before the verb.
 * Both spellings where the press drops the accent.
 */
const STUDY_SUBJECT =
  /(?<!\p{L})(?:étude|etude|enquête|enquete|rapport|sondage|analyse|recherche|travaux|données|chiffres|statistiques|bilan|baromètre|résultats|expertise|essai|audit|note|mémo)s?(?!\p{L})[^.;:!?«»]{0,60}$/iu;
/** "que" opening the finding's clause, right after the verb or one adverb. */
const FINDING_QUE = /^\s+(?:\p{Ll}+ment\s+|aussi\s+|également\s+)?(?:que|qu['’])/u;

/**
 * A study, a report or figures that show, prove or establish something report it (issue 11:
 * "un rapport de Z montre que …", the convention's `reports`); with any other subject the
 * positive is the journalist's narration ("cela montre que"). A clause must follow.
 */
function shownByStudy(m: RegExpExecArray, text: string, lemma: string): VerbHit | null {
  const end = m.index + m[0].length;
  if (!FINDING_QUE.test(text.slice(end, end + 24))) return null;
  if (!STUDY_SUBJECT.test(text.slice(Math.max(0, m.index - 80), m.index))) return null;
  const g = m.groups ?? {};
  return {
    start: m.index,
    end,
    lemma,
    stance: 'reports',
    pronoun: null,
    predicate: null,
    clauseOnly: true,
    past: g['aux'] !== undefined || PAST_FINITE.has((g['form'] ?? '').toLowerCase()),
  };
}

/**
 * The verbs found in the text analysed last, by stretch: the constructions of one sentence ask
 * for the same sentence's verbs several times (two thirds of the characters scanned were scanned
 * before). One text at a time, so memory stays bounded by the article's own sentences.
 */
let memoText: string | null = null;
const memo = new Map<string, readonly VerbHit[]>();

/** Reporting verbs between `from` and `to`, in order (a fresh array; the hits are shared). */
export function findVerbs(text: string, from: number, to: number): VerbHit[] {
  if (text !== memoText) {
    memoText = text;
    memo.clear();
  }
  const key = `${from}:${to}`;
  const known = memo.get(key);
  if (known !== undefined) return known.slice();
  const out: VerbHit[] = [];
  const slice = text.slice(0, to);
  VERB_ANY.lastIndex = from;
  for (let m = VERB_ANY.exec(slice); m !== null; m = VERB_ANY.exec(slice)) {
    const hit = hitOf(m, text);
    if (hit !== null) out.push(hit);
  }
  memo.set(key, out);
  return out.slice();
}

/** The reporting verb starting exactly at `pos`, if any. */
export function verbAt(text: string, pos: number): VerbHit | null {
  VERB_AT.lastIndex = pos;
  const m = VERB_AT.exec(text);
  return m === null ? null : hitOf(m, text);
}
