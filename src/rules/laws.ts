/**
 * Legal texts named by their cue word: "décret n°2021-457", "loi n° 12 de 2019", "ordonnance de
 * mars 2020", "Constitution de 1958". Their words are mostly lower case, so the name finder never
 * sees them; the cue word and a number or a date are the evidence. A bare "la loi" or "le
 * règlement intérieur" names no particular text and stays out.
 */
import type { TypedMention } from './typing.js';

/** Cue words of a legal text (French), longest first so "projet de loi" wins over "loi". */
const LAW_CUES = [
  'projet de loi',
  'proposition de loi',
  'loi organique',
  'loi',
  'décret-loi',
  'décret',
  'ordonnance',
  'arrêté',
  'directive',
  'règlement',
  'Constitution',
];

const MONTHS =
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
/** What makes a cue word name one text: a number, a date, or a year. */
const IDENTIFIER = [
  String.raw`n[°o]\s*\d[\d./-]*(?:\s+(?:de|du)\s+(?:\d{1,2}\s+(?:${MONTHS})\s+)?\d{4})?`,
  String.raw`du\s+\d{1,2}(?:er)?\s+(?:${MONTHS})\s+\d{4}`,
  String.raw`de\s+(?:${MONTHS})\s+\d{4}`,
  String.raw`de\s+\d{4}`,
].join('|');

const LAW_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${LAW_CUES.join('|')})\s+(?:${IDENTIFIER})(?![\p{L}\p{N}])`,
  'giu',
);

/** Legal texts of `text`, as mentions typed LAW. */
export function findLaws(text: string): TypedMention[] {
  return [...text.matchAll(LAW_RE)].map((m) => ({
    surface: m[0],
    start: m.index,
    end: m.index + m[0].length,
    initial: false,
    sentence: -1,
    type: 'LAW',
    canonical: null,
    strength: 2,
    description: null,
  }));
}
