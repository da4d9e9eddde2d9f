/**
 * Splitting a long article to a token budget on paragraph boundaries. A paragraph over the
 * budget on its own is cut between sentences, and a sentence over it between words; every
 * piece remembers its paragraph so translations can be put back together.
 */
import { estimateTokens } from '../llm/tokens.js';

/** Smallest budget a split may go down to; below it a reply that still overflows is an error. */
export const MIN_CHUNK_TOKENS = 100;

export interface Piece {
  /** Index of the paragraph the piece comes from. */
  paragraph: number;
  text: string;
}

/** Sentence ends: . ! ? … (optionally closed by » or a quote) followed by a space. */
const SENTENCE_END = /(?<=[.!?…][»"”’)]?)\s+(?=[\p{Lu}«"“\d—–-])/u;

/** Consecutive groups of pieces, each within `budget` estimated tokens when possible. */
export function chunkParagraphs(paragraphs: string[], budget: number): Piece[][] {
  return packPieces(splitIntoPieces(paragraphs, budget), budget);
}

/** Greedy grouping of consecutive pieces under the budget (a lone oversize piece stands alone). */
function packPieces(pieces: Piece[], budget: number): Piece[][] {
  const groups: Piece[][] = [];
  let current: Piece[] = [];
  let used = 0;
  for (const piece of pieces) {
    const cost = estimateTokens(piece.text) + 1;
    if (current.length > 0 && used + cost > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(piece);
    used += cost;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Paragraphs as pieces, breaking any paragraph over the budget into smaller ones. */
export function splitIntoPieces(paragraphs: string[], budget: number): Piece[] {
  return paragraphs.flatMap((text, paragraph) => {
    if (estimateTokens(text) <= budget) return [{ paragraph, text }];
    return packParts(text.split(SENTENCE_END), budget)
      .flatMap((part) =>
        estimateTokens(part) <= budget ? [part] : packParts(part.split(/\s+/), budget),
      )
      .map((part) => ({ paragraph, text: part }));
  });
}

/** Joins consecutive parts with spaces while they stay within the budget. */
function packParts(parts: string[], budget: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const part of parts) {
    const joined = current === '' ? part : `${current} ${part}`;
    if (current !== '' && estimateTokens(joined) > budget) {
      out.push(current);
      current = part;
    } else {
      current = joined;
    }
  }
  if (current !== '') out.push(current);
  return out;
}

/** The text of a group, pieces of one paragraph rejoined, paragraphs separated by blank lines. */
export function groupText(group: Piece[]): string {
  const out: string[] = [];
  let last = -1;
  for (const piece of group) {
    if (piece.paragraph === last && out.length > 0) out[out.length - 1] += ` ${piece.text}`;
    else out.push(piece.text);
    last = piece.paragraph;
  }
  return out.join('\n\n');
}

/** Total estimated tokens of a group's text. */
export function groupTokens(group: Piece[]): number {
  return estimateTokens(groupText(group));
}

/**
 * Runs `task` on a group; when the model runs out of room (`ContextOverflow`) the group is
 * split at half the budget (or half its own size) and each half tried in turn, down to
 * `MIN_CHUNK_TOKENS`. Results come back in text order.
 */
export async function runWithSmallerSplits<T>(
  group: Piece[],
  budget: number,
  task: (group: Piece[], budget: number) => Promise<T>,
  isOverflow: (err: unknown) => boolean,
): Promise<T[]> {
  try {
    return [await task(group, budget)];
  } catch (err) {
    if (!isOverflow(err)) throw err;
    const smaller = Math.min(Math.floor(budget / 2), Math.ceil(groupTokens(group) / 2));
    const parts = smaller < MIN_CHUNK_TOKENS ? [] : rechunk(group, smaller);
    if (parts.length < 2) throw err;
    const results: T[] = [];
    for (const part of parts) {
      results.push(...(await runWithSmallerSplits(part, smaller, task, isOverflow)));
    }
    return results;
  }
}

/** Re-splits a group's pieces at a smaller budget, keeping paragraph indexes. */
function rechunk(group: Piece[], budget: number): Piece[][] {
  const pieces = group.flatMap((piece) =>
    splitIntoPieces([piece.text], budget).map((small) => ({
      paragraph: piece.paragraph,
      text: small.text,
    })),
  );
  return packPieces(pieces, budget);
}
