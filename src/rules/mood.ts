/**
 * Cues of certainty (the conventions' `certain`/`probable`/`possible`): the French conditional
 * mood and the words that hedge or name a risk. Read by stance.ts for a statement's certainty,
 * and for the conditional that makes a relayed statement `reports`.
 */
import { fold } from './text.js';

/** Hedges that lower certainty to `possible` (the conventions: "il est possible que", "maybe"). */
export const POSSIBLE_CUES: RegExp[] = [
  /\bil est possible qu/,
  /\bpeut-etre\b/,
  /\b(?:potentiellement|possiblement)\b/,
  // English statements (tweets, quoted English): "maybe", "might", "possibly", "perhaps".
  /\b(?:maybe|might|possibly|perhaps)\b/,
];

/**
 * "risque de couper la route", "risquait de": a risk is a possibility; not the noun ("le risque
 * de crue", "aucun risque de"), which names it. Read in the main clause only: "une situation où
 * il risque d'être soupçonné" describes, it hedges nothing.
 */
export const RISK =
  /(?<!\b(?:le|un|du|au|ce|de|des|les|aucun|sans|gros|fort|grand|faible|tout)\s)\brisqu(?:e|ent|ait|aient|erait|eraient)\s+d(?:e\s|')/;
export const riskInMainClause = (quote: string): boolean =>
  RISK.test(fold(headClause(quote)).split(/(?<!\p{L})ou(?!\p{L})/u)[0] ?? '');

/**
 * A conditional answering "si" + imperfect or pluperfect states a counterfactual ("n'aurait pas eu
 * cet impact si l'information avait été vérifiée"): the speaker is sure of it, no hedge. Modal
 * "pourrait" stays possible.
 */
export const COUNTERFACTUAL_SI = /(?<!\p{L})s(?:i\s|')[^.;:!?]{0,80}?\p{L}(?:ait|aient)(?!\p{L})/u;
export function isCounterfactual(text: string): boolean {
  const lower = text.toLowerCase();
  return COUNTERFACTUAL_SI.test(lower) && !/(?<!\p{L})pourr\p{L}*/u.test(lower);
}

/** Hedges that lower certainty to `probable`. */
export const PROBABLE_CUES: RegExp[] = [
  /\bprobablement\b/,
  /\bsans doute\b/,
  /\bvraisemblablement\b/,
  /\bselon toute vraisemblance\b/,
  /\bil est probable\b/,
  /\bsemble(?:nt|rait)?\b/,
];

/** Irregular conditional stems (future stem + -ait): aurait, serait, pourrait, devrait… */
export const CONDITIONAL_STEMS = [
  'aur',
  'ser',
  'pourr',
  'devr',
  'fer',
  'ir',
  'faudr',
  'voudr',
  'saur',
  'verr',
  'enverr',
  'courr',
  'mourr',
  'recevr',
  'suivr',
  'poursuivr',
  'vivr',
  'dir',
  'écrir',
  'croir',
  'boir',
  'tiendr',
  'viendr',
  'deviendr',
  'obtiendr',
  'contiendr',
  'prendr',
  'comprendr',
  'apprendr',
  'mettr',
  'permettr',
  'admettr',
  'vaudr',
  'connaîtr',
  'reconnaîtr',
  'paraîtr',
  'apparaîtr',
  'disparaîtr',
  'connaitr',
  'reconnaitr',
  'paraitr',
  'attendr',
  'rendr',
  'perdr',
  'vendr',
  'répondr',
  'dépendr',
  'craindr',
];
export const CONDITIONAL_ENDINGS = '(?:ais|ait|aient|ions|iez)';
/**
 * Regular conditionals: -erait (all -er verbs) and -irait (-ir verbs). Matched on lower-cased
 * text WITH accents: the imperfect "considérait" must not pass for a conditional.
 */
export const CONDITIONAL_RE = new RegExp(
  `(?<!\\p{L})(?:\\p{L}+(?:er|ir)${CONDITIONAL_ENDINGS}|(?:${CONDITIONAL_STEMS.join('|')})${CONDITIONAL_ENDINGS})(?!\\p{L})`,
  'gu',
);
/** Imperfects of -irer verbs and other words the conditional pattern would wrongly catch. */
export const NOT_CONDITIONAL = new Set([
  'tirait',
  'tiraient',
  'attirait',
  'attiraient',
  'retirait',
  'retiraient',
  'inspirait',
  'admirait',
  'désirait',
  'aspirait',
  'expirait',
  'respirait',
  'virait',
  'soupirait',
  'irions',
  'seriez',
  'serions',
  // A statement of intent in the first person plural: "nous devrions ouvrir en juin" plans,
  // while "le chantier devrait durer" forecasts (issue 11).
  'devrions',
  // Obligation and politeness, not hearsay: "il faudrait agir", "nous voudrions que …".
  'faudrait',
  'voudrais',
  'voudrait',
  'voudrions',
  'voudraient',
  'aimerais',
  'aimerait',
  'aimerions',
  'aimeraient',
  'souhaiterais',
  'souhaiterait',
  'souhaiterions',
  'souhaiteraient',
]);

/** True when the text uses the French conditional mood. */
export function hasConditional(text: string): boolean {
  for (const m of text.toLowerCase().matchAll(CONDITIONAL_RE)) {
    if (!NOT_CONDITIONAL.has(m[0])) return true;
  }
  return false;
}

/** The first clause of a statement: its main verb decides the mood, not a relative clause. */
export function headClause(text: string): string {
  const lower = text.toLowerCase().replace(/’/g, "'");
  return lower.split(/(?<!\p{L})(?:(?:qui|que|dont|lorsque|si)(?!\p{L})|qu')|[;:]/u)[0] ?? '';
}
