/**
 * Text helpers for the rules engine: folding for comparisons, and sentence splitting that keeps
 * exact character offsets into `article.text` (every span the engine emits is a slice of it).
 */

/** A half-open range of `article.text` with its content. */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

/**
 * Folded forms of short strings (words, names, phrases) already asked for: the engine folds the
 * same few thousand words tens of thousands of times per article. Cleared when full, so memory
 * stays bounded whatever the input.
 */
const FOLDED = new Map<string, string>();
const FOLDED_MAX_ENTRIES = 20_000;
const FOLDED_MAX_LENGTH = 64;

/** Lower case, no accents, typographic apostrophes folded: for lookups, never for output. */
export function fold(text: string): string {
  if (text.length > FOLDED_MAX_LENGTH) return foldNow(text);
  const known = FOLDED.get(text);
  if (known !== undefined) return known;
  const folded = foldNow(text);
  if (FOLDED.size >= FOLDED_MAX_ENTRIES) FOLDED.clear();
  FOLDED.set(text, folded);
  return folded;
}

function foldNow(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
}

/** Folded and without spaces, hyphens or dots: "Super Micro" and "SuperMicro" agree. */
export function squash(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Characters before a position that a pattern anchored there ("…, qui $") reads at most. */
export const TAIL_WINDOW = 240;

/**
 * Where to start reading text[from, to) for a pattern anchored at its end: at most `max`
 * characters back, at a word start. Tested on the whole slice, such a pattern is tried from every
 * position of it; done for every verb of a sentence, that is quadratic on an endless sentence.
 */
export function tailStart(text: string, from: number, to: number, max = TAIL_WINDOW): number {
  if (to - from <= max) return from;
  const cut = to - max;
  const space = text.slice(cut, to).search(/\s/u);
  return space < 0 ? cut : cut + space + 1;
}

/** Words of a string, folded, split on anything that is not a letter or digit. */
export function foldedWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * Paragraphs of the text with their offsets. The extractor joins paragraphs by blank lines; a
 * single line break (headings glued to text) separates paragraphs too.
 */
export function paragraphsOf(text: string): Segment[] {
  const out: Segment[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    const trimmed = trimSegment({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (trimmed.text.length > 0) out.push(trimmed);
  }
  return out;
}

/** Shrinks a segment past leading and trailing white space. */
export function trimSegment(seg: Segment): Segment {
  const lead = seg.text.length - seg.text.trimStart().length;
  const text = seg.text.trim();
  return { start: seg.start + lead, end: seg.start + lead + text.length, text };
}

/** Abbreviations whose final dot does not end a sentence (folded, without the dot). */
const ABBREVIATIONS = new Set([
  'm',
  'mm',
  'mme',
  'mlle',
  'dr',
  'pr',
  'me',
  'st',
  'ste',
  'inc',
  'corp',
  'ltd',
  'co',
  'cf',
  'etc',
  'p',
  'n',
  'no',
  'vol',
  'av',
  'j.-c',
]);

/** Abbreviations only before a number ("vol. 3", "p. 12", "n. 4"); else common words ("vol"). */
const BEFORE_NUMBER = new Set(['vol', 'p', 'n', 'no']);

/** Opening and closing quotation marks; sentence ends inside a quotation are not boundaries. */
const OPENERS = '«“';
const CLOSERS = '»”';

/** Characters that may end a sentence (a Set: tested for every character of the text). */
const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);

/**
 * How far around a candidate boundary `isBoundary` looks: the closers and spaces after it, the
 * word before it. Looking at a window, not the whole rest of the text, keeps splitting linear.
 */
const BOUNDARY_WINDOW = 64;

/** A closing mark right after a sentence end ("… la grève. » Il ajoute"). */
const CLOSED_SENTENCE = /[.!?…][\s\u00a0\u202f]*$/u;

function isBoundary(text: string, i: number, depth: number): boolean {
  const ch = text[i] ?? '';
  // A quotation that ends its own sentence closes it: « … ? » Autant de facteurs … is two.
  if (
    depth === 0 &&
    CLOSERS.includes(ch) &&
    CLOSED_SENTENCE.test(text.slice(Math.max(0, i - 4), i))
  ) {
    return /^[\s\u00a0\u202f]+[\p{Lu}«“]/u.test(text.slice(i + 1, i + 4));
  }
  if (depth > 0 || !SENTENCE_ENDS.has(ch)) return false;
  const rest = text.slice(i + 1, i + 1 + BOUNDARY_WINDOW);
  const next = /^[.!?…»”")\]]*(\s+)(.)/u.exec(rest);
  if (!next) return false;
  const first = next[2] ?? '';
  if (!/[\p{Lu}\p{N}«“"(À-Ý]/u.test(first)) return false;
  if (ch === '.') {
    const before = text.slice(Math.max(0, i - BOUNDARY_WINDOW), i);
    const word = /([\p{L}.-]+)$/u.exec(before)?.[1] ?? '';
    const folded = fold(word);
    // "vol. 3", "p. 12": before a capital, "son vol." is a flight ending its sentence.
    if (ABBREVIATIONS.has(folded) && (!BEFORE_NUMBER.has(folded) || /^\d/u.test(first))) {
      return false;
    }
    // Initials and "D.C"; but "sur X." names the network (ex-Twitter), which ends sentences.
    const network = /(?:^|\s)(?:sur|social)\s+X$/u.test(before);
    if ((/^\p{Lu}$/u.test(word) && !network) || /\p{L}\.\p{L}$/u.test(word)) return false;
  }
  return true;
}

/**
 * Whether the closing mark at `i` ends a sentence: a sentence end right inside it (spaces
 * aside), then space and a capital or an opening mark after it. Both looks are bounded.
 */
function closesSentence(text: string, i: number): boolean {
  const inside = /([.!?…])[\s\u00a0\u202f]*$/u.exec(text.slice(Math.max(0, i - 4), i));
  if (inside === null) return false;
  return /^[\s\u00a0\u202f]+[\p{Lu}«“]/u.test(text.slice(i + 1, i + 4));
}

/** Sentences of one paragraph, offsets in the full text; quotations are never cut in two. */
function sentencesOfParagraph(text: string, para: Segment): Segment[] {
  const out: Segment[] = [];
  let depth = 0;
  let inStraight = false;
  // Straight quotes only count when they pair up inside the paragraph.
  const trackStraight = (para.text.match(/"/g)?.length ?? 0) % 2 === 0;
  let start = para.start;
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i] ?? '';
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) {
      depth = Math.max(0, depth - 1);
      // "« … affaire. » Il reconnaît que …": a quotation closed after its own full stop ends
      // the sentence when a capital follows, as the stop would outside guillemets.
      if (depth === 0 && i + 1 < para.end && closesSentence(text, i)) {
        const end = i + 1;
        out.push(trimSegment({ start, end, text: text.slice(start, end) }));
        start = end;
      }
    } else if (ch === '"' && trackStraight) inStraight = !inStraight;
    if (i + 1 < para.end && isBoundary(text, i, depth + (inStraight ? 1 : 0))) {
      let end = i + 1;
      while (end < para.end && /[.!?…»”")\]]/.test(text[end] ?? '')) end++;
      out.push(trimSegment({ start, end, text: text.slice(start, end) }));
      start = end;
    }
  }
  out.push(trimSegment({ start, end: para.end, text: text.slice(start, para.end) }));
  return out.filter((s) => s.text.length > 0);
}

/**
 * The last text split, with its sentences: entities, claims and the summary each split the
 * same article (four splits of every article); the segments are never changed by their users.
 */
let lastSplit: { text: string; sentences: Array<Segment & { paragraph: number }> } | null = null;

/** Sentences of the whole text, in order, each tagged with its paragraph index. */
export function sentencesOf(text: string): Array<Segment & { paragraph: number }> {
  if (lastSplit?.text !== text) {
    const sentences = paragraphsOf(text).flatMap((para, paragraph) =>
      sentencesOfParagraph(text, para).map((s) => ({ ...s, paragraph })),
    );
    lastSplit = { text, sentences };
  }
  return [...lastSplit.sentences];
}

/** Number of words, for length thresholds. */
export function wordCountOf(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** First `max` characters on one line, with an ellipsis when cut. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Index of the first value of an ascending list that is at least `value` (its length if none). */
export function firstAtLeast(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) >= value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First sentence index whose end is after `pos` (sentences are in order and disjoint). */
export function firstEndingAfter(sentences: Segment[], pos: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.end ?? 0) > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
