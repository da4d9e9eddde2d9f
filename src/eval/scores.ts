/**
 * Scores of one analysis against its gold, and their micro-average over samples. Everything is
 * computed from additive counts, so the overall figure is a micro-average (sum counts, then
 * divide). Undefined ratios are `null`: precision with no prediction, recall with no gold item,
 * an accuracy with no matched claim. F1 is null only when both precision and recall are; when one
 * is null and the other defined, F1 is 0 (there was something to find or something found).
 */
import { franc } from 'franc-min';
import { ENTITY_TYPES, STANCES, type Analysis, type EntityType, type Stance } from '../types.js';
import type { ResolvedGold } from './gold.js';
import { matchClaims, matchClaimsByOverlap, matchEntities, sameClaimant } from './match.js';

/** Counts of a precision/recall measure. */
export interface Tally {
  tp: number;
  pred: number;
  gold: number;
}
/** Hits out of a total. */
export interface Ratio {
  hits: number;
  total: number;
}
/** Confusion matrix: gold stance → predicted stance → count (matched claims only). */
export type Confusion = Record<Stance, Record<Stance, number>>;

export interface Counts {
  entities: Tally;
  entitiesByType: Record<EntityType, Tally>;
  claims: Tally;
  /** Claims matched by any quote overlap (quotes cut to a fragment count here, not in `claims`). */
  claimsOverlap: Tally;
  claimant: Ratio;
  stance: Ratio;
  confusion: Confusion;
  certainty: Ratio;
  grounded: Ratio;
  /** English fields (`claim`, `quoteEn`) that are English, out of all of them; null fields count as not English. */
  english: Ratio;
}

export interface PRF extends Tally {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Scores {
  sample: string;
  engine: Analysis['engine'] | 'mixed';
  counts: Counts;
  entities: PRF;
  entitiesByType: Record<EntityType, PRF>;
  claims: PRF;
  /** Claims matched by any quote overlap, beside the IoU ≥ 0.5 matches of `claims`. */
  claimsOverlap: PRF;
  claimantAccuracy: number | null;
  stanceAccuracy: number | null;
  stanceMacroF1: number | null;
  certaintyAccuracy: number | null;
  groundingRate: number | null;
  /** Null for the rules engine, which does not translate (see `notes`). */
  englishShare: number | null;
  notes: string[];
}

const div = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function prf(t: Tally): PRF {
  const precision = div(t.tp, t.pred);
  const recall = div(t.tp, t.gold);
  let f1: number | null = null;
  if (precision !== null || recall !== null) {
    const p = precision ?? 0;
    const r = recall ?? 0;
    f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  }
  return { ...t, precision, recall, f1 };
}

const emptyConfusion = (): Confusion =>
  Object.fromEntries(
    STANCES.map((g) => [g, Object.fromEntries(STANCES.map((p) => [p, 0]))]),
  ) as Confusion;

/** Macro-F1 over the stances that occur in gold or prediction; null when none does. */
export function macroF1(confusion: Confusion): number | null {
  const f1s: number[] = [];
  for (const s of STANCES) {
    const tp = confusion[s][s];
    const gold = STANCES.reduce((sum, p) => sum + confusion[s][p], 0);
    const pred = STANCES.reduce((sum, g) => sum + confusion[g][s], 0);
    if (gold + pred === 0) continue;
    f1s.push(prf({ tp, pred, gold }).f1 ?? 0);
  }
  return f1s.length === 0 ? null : f1s.reduce((a, b) => a + b, 0) / f1s.length;
}

/** Whether a string reads as English rather than French. */
export function isEnglish(text: string | null): boolean {
  if (text === null || text.trim().length === 0) return false;
  return franc(text, { only: ['eng', 'fra'], minLength: 1 }) === 'eng';
}

function entityCounts(
  pred: Analysis,
  gold: ResolvedGold,
): Pick<Counts, 'entities' | 'entitiesByType'> {
  const byType = {} as Record<EntityType, Tally>;
  for (const type of ENTITY_TYPES) {
    const p = pred.entities.filter((e) => e.type === type);
    const g = gold.entities.filter((e) => e.type === type);
    byType[type] = { tp: matchEntities(p, g, true).length, pred: p.length, gold: g.length };
  }
  const tp = matchEntities(pred.entities, gold.entities).length;
  return {
    entities: { tp, pred: pred.entities.length, gold: gold.entities.length },
    entitiesByType: byType,
  };
}

/** The additive counts of one analysis against its gold. */
export function countAnalysis(pred: Analysis, gold: ResolvedGold): Counts {
  const pairs = matchClaims(pred.claims, gold.claims);
  const claimant: Ratio = { hits: 0, total: pairs.length };
  const stance: Ratio = { hits: 0, total: pairs.length };
  const certainty: Ratio = { hits: 0, total: pairs.length };
  const confusion = emptyConfusion();
  for (const [p, g] of pairs) {
    const a = pred.claims[p];
    const b = gold.claims[g];
    if (a === undefined || b === undefined) continue;
    if (sameClaimant(a.claimant, b.claimant, gold.entities)) claimant.hits++;
    if (a.stance === b.stance) stance.hits++;
    if (a.certainty === b.certainty) certainty.hits++;
    confusion[b.stance][a.stance]++;
  }
  const englishFields = pred.claims.flatMap((c) => [c.claim, c.quoteEn]);
  return {
    ...entityCounts(pred, gold),
    claims: { tp: pairs.length, pred: pred.claims.length, gold: gold.claims.length },
    claimsOverlap: {
      tp: matchClaimsByOverlap(pred.claims, gold.claims).length,
      pred: pred.claims.length,
      gold: gold.claims.length,
    },
    claimant,
    stance,
    confusion,
    certainty,
    grounded: { hits: pred.claims.filter((c) => c.grounded).length, total: pred.claims.length },
    english: { hits: englishFields.filter(isEnglish).length, total: englishFields.length },
  };
}

/** Ratios from counts. */
export function scoresFromCounts(sample: string, engine: Scores['engine'], counts: Counts): Scores {
  const byType = {} as Record<EntityType, PRF>;
  for (const type of ENTITY_TYPES) byType[type] = prf(counts.entitiesByType[type]);
  const rules = engine === 'rules';
  return {
    sample,
    engine,
    counts,
    entities: prf(counts.entities),
    entitiesByType: byType,
    claims: prf(counts.claims),
    claimsOverlap: prf(counts.claimsOverlap),
    claimantAccuracy: div(counts.claimant.hits, counts.claimant.total),
    stanceAccuracy: div(counts.stance.hits, counts.stance.total),
    stanceMacroF1: macroF1(counts.confusion),
    certaintyAccuracy: div(counts.certainty.hits, counts.certainty.total),
    groundingRate: div(counts.grounded.hits, counts.grounded.total),
    englishShare: rules ? null : div(counts.english.hits, counts.english.total),
    notes: rules ? ['englishShare: n/a, the rules engine does not translate'] : [],
  };
}

/** Scores of one analysis against its resolved gold. */
export function scoreAnalysis(pred: Analysis, gold: ResolvedGold): Scores {
  return scoresFromCounts(gold.sample, pred.engine, countAnalysis(pred, gold));
}

const addTally = (a: Tally, b: Tally): Tally => ({
  tp: a.tp + b.tp,
  pred: a.pred + b.pred,
  gold: a.gold + b.gold,
});
const addRatio = (a: Ratio, b: Ratio): Ratio => ({
  hits: a.hits + b.hits,
  total: a.total + b.total,
});

function addCounts(a: Counts, b: Counts): Counts {
  const byType = {} as Record<EntityType, Tally>;
  for (const t of ENTITY_TYPES) byType[t] = addTally(a.entitiesByType[t], b.entitiesByType[t]);
  const confusion = emptyConfusion();
  for (const g of STANCES)
    for (const p of STANCES) confusion[g][p] = a.confusion[g][p] + b.confusion[g][p];
  return {
    entities: addTally(a.entities, b.entities),
    entitiesByType: byType,
    claims: addTally(a.claims, b.claims),
    claimsOverlap: addTally(a.claimsOverlap, b.claimsOverlap),
    claimant: addRatio(a.claimant, b.claimant),
    stance: addRatio(a.stance, b.stance),
    confusion,
    certainty: addRatio(a.certainty, b.certainty),
    grounded: addRatio(a.grounded, b.grounded),
    english: addRatio(a.english, b.english),
  };
}

/** Micro-average over samples: counts summed, ratios recomputed. Null when there is no sample. */
export function combineScores(all: Scores[]): Scores | null {
  const first = all[0];
  if (first === undefined) return null;
  const counts = all.slice(1).reduce((acc, s) => addCounts(acc, s.counts), first.counts);
  const engine = all.every((s) => s.engine === first.engine) ? first.engine : 'mixed';
  return scoresFromCounts('overall', engine, counts);
}
