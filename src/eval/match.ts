/**
 * Matching predictions to gold: entities by normalised name or any shared mention, claims by
 * quote-span overlap (IoU ≥ 0.5, one-to-one, greedy by IoU; and, reported beside it, any
 * overlap), claimants by normalised word containment once titles are dropped ("Mme Binet" =
 * "Sophie Binet") or by being mentions of the same gold entity ("la CGT" = "Confédération
 * générale du travail").
 */
import type { Claim, Entity } from '../types.js';
import type { ResolvedGold } from './gold.js';

/** Minimum intersection-over-union of two quote spans for a claim match. */
export const CLAIM_IOU = 0.5;

type Span = { start: number; end: number };
type GoldEntity = ResolvedGold['entities'][number];
type GoldClaim = ResolvedGold['claims'][number];

/** Lower case, no accents, no punctuation, single spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function iou(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? 0 : inter / union;
}

/** One-to-one greedy matching of the pairs scoring at least `min`, best score first. */
function greedy(
  nPred: number,
  nGold: number,
  score: (p: number, g: number) => number,
  min: number,
): Array<[number, number]> {
  const pairs: Array<{ p: number; g: number; s: number }> = [];
  for (let p = 0; p < nPred; p++) {
    for (let g = 0; g < nGold; g++) {
      const s = score(p, g);
      if (s >= min) pairs.push({ p, g, s });
    }
  }
  pairs.sort((a, b) => b.s - a.s || a.p - b.p || a.g - b.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const { p, g } of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    out.push([p, g]);
  }
  return out;
}

/** Whether two entities name the same thing: normalised name or a shared mention. */
export function sameEntity(pred: Entity, gold: GoldEntity): boolean {
  const forms = (names: string[]): Set<string> =>
    new Set(names.map(normalise).filter((s) => s.length > 0));
  const p = forms([pred.name, ...pred.mentions]);
  return [...forms([gold.name, ...gold.mentions])].some((f) => p.has(f));
}

/** Entity pairs (pred index, gold index); when `typed`, types must agree too. */
export function matchEntities(
  pred: Entity[],
  gold: GoldEntity[],
  typed = false,
): Array<[number, number]> {
  return greedy(
    pred.length,
    gold.length,
    (p, g) => {
      const a = pred[p];
      const b = gold[g];
      if (a === undefined || b === undefined || (typed && a.type !== b.type)) return 0;
      return sameEntity(a, b) ? 1 : 0;
    },
    1,
  );
}

/** Claim pairs (pred index, gold index) whose span IoU reaches `threshold`; unlocated never match. */
function matchClaimsFrom(
  pred: Claim[],
  gold: GoldClaim[],
  threshold: number,
): Array<[number, number]> {
  return greedy(
    pred.length,
    gold.length,
    (p, g) => {
      const span = pred[p]?.span;
      const gs = gold[g]?.span;
      return span && gs ? iou(span, gs) : 0;
    },
    threshold,
  );
}

/** Claim pairs (pred index, gold index) by span IoU ≥ CLAIM_IOU; unlocated predictions never match. */
export const matchClaims = (pred: Claim[], gold: GoldClaim[]): Array<[number, number]> =>
  matchClaimsFrom(pred, gold, CLAIM_IOU);

/** Claim pairs whose quote spans overlap at all: shows quotes cut to a fragment of the statement. */
export const matchClaimsByOverlap = (pred: Claim[], gold: GoldClaim[]): Array<[number, number]> =>
  matchClaimsFrom(pred, gold, Number.MIN_VALUE);

/** Titles before a name, dropped: "M. Peskov" is compared as "Peskov", and "M" alone names no one. */
const TITLES = new Set([
  ...['m', 'mm', 'mme', 'mmes', 'mlle', 'monsieur', 'madame', 'mademoiselle', 'me', 'maitre'],
  ...['dr', 'docteur', 'pr', 'professeur', 'mgr', 'mr', 'mrs', 'ms', 'sir'],
]);
/** Articles and prepositions: in every claimant, so they name no one on their own. */
const FUNCTION_WORDS = new Set(['le', 'la', 'les', 'l', 'de', 'du', 'des', 'd', 'un', 'une']);

/** The normalised claimant without titles, padded for word containment; null when it names no one. */
function nameKey(text: string): string | null {
  const words = normalise(text)
    .split(' ')
    .filter((w) => w !== '' && !TITLES.has(w));
  if (!words.some((w) => w.length > 1 && !FUNCTION_WORDS.has(w))) return null;
  return ` ${words.join(' ')} `;
}

/** One name contains the other as whole words. */
function containsName(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  return ka !== null && kb !== null && (ka.includes(kb) || kb.includes(ka));
}

/**
 * Whether a predicted claimant names the gold claimant: "Apple" = "la société Apple" (word
 * containment), "Mme Binet" = "Sophie Binet" (surname, titles dropped), "la CGT" = "Confédération
 * générale du travail" when both are mentions of one gold entity.
 */
export function sameClaimant(pred: string, gold: string, entities: GoldEntity[] = []): boolean {
  if (containsName(pred, gold)) return true;
  const named = (claimant: string): Set<number> =>
    new Set(
      entities.flatMap((e, i) =>
        [e.name, ...e.mentions].some((m) => containsName(claimant, m)) ? [i] : [],
      ),
    );
  const goldEntities = named(gold);
  return [...named(pred)].some((i) => goldEntities.has(i));
}
