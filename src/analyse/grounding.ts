/**
 * Grounding: where in the ORIGINAL article text does the model's quote sit?
 *
 * 1. Exact, after folding both sides the same way: case, accents, every quote mark
 *    (« » " “ ” „), apostrophes (’ '), punctuation and all kinds of spaces (no-break, thin)
 *    become word separators. The folded text keeps a map back to original offsets.
 * 2. Fuzzy, for quotes of at least `FUZZY_MIN_TOKENS` words: the token window of the article
 *    most similar to the quote, similarity = 2·LCS / (|quote| + |window|) over folded tokens
 *    (difflib's ratio on words). At or above `FUZZY_THRESHOLD` it counts as grounded:
 *    at 0.85, one changed word in a 10-word quote passes (0.90), two do not (0.80).
 * 3. Elided: a quote cut with "…" is grounded when all its pieces are found, in order.
 */

/** Minimum token similarity for a fuzzy match to ground a quote. */
export const FUZZY_THRESHOLD = 0.85;
/**
 * Shorter quotes must match exactly: a few words match too much by chance (a 3-word window
 * scores 0.86 against "Le Pentagone a fermé" in "Le Pentagone a ouvert…").
 */
export const FUZZY_MIN_TOKENS = 6;
/** Candidate windows (by word overlap) examined closely per quote. */
const FUZZY_CANDIDATES = 6;

export interface Grounding {
  span: { start: number; end: number } | null;
  grounded: boolean;
  method: 'exact' | 'fuzzy' | null;
  /** 1 for exact, the similarity for fuzzy, the best similarity seen when not grounded. */
  score: number;
}

/** Folded text plus, for each folded character, where its original character starts and ends. */
export interface FoldedText {
  /** The original text. */
  source: string;
  text: string;
  map: number[];
  ends: number[];
}

/** Folds for matching: lower case, no accents, non-letters/digits as single spaces. */
export function foldWithMap(original: string): FoldedText {
  let text = '';
  const map: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const ch of original) {
    const folded = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    for (const out of folded) {
      const keep = /[\p{L}\p{N}]/u.test(out);
      if (keep) {
        text += out;
        // One entry per UTF-16 unit, so folded indexes stay aligned with the map.
        for (let k = 0; k < out.length; k++) {
          map.push(offset);
          ends.push(offset + ch.length);
        }
      } else if (text !== '' && !text.endsWith(' ')) {
        text += ' ';
        map.push(offset);
        ends.push(offset + ch.length);
      }
    }
    offset += ch.length;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    map.pop();
    ends.pop();
  }
  return { source: original, text, map, ends };
}

/** Locates a quote in the article text; spans index `articleText` itself. */
export function groundQuote(quote: string, articleText: string, folded?: FoldedText): Grounding {
  const source = folded ?? foldWithMap(articleText);
  const found = locate(quote, source);
  return found.span === null
    ? found
    : { ...found, span: balanceQuoteMarks(source.source, found.span) };
}

const OPENING = /[«“‹]/g;
const CLOSING = /[»”›]/g;
const SPACES = /[\s\u00a0\u202f]/;

/**
 * Matching ignores punctuation, so a span may stop on the last word inside an inner quotation
 * (`… « étrange`). Extends it over the closing mark (or back over the opening one) so the quote
 * reads as the article prints it.
 */
export function balanceQuoteMarks(
  text: string,
  span: { start: number; end: number },
): { start: number; end: number } {
  const slice = text.slice(span.start, span.end);
  const open = slice.match(OPENING)?.length ?? 0;
  const close = slice.match(CLOSING)?.length ?? 0;
  let { start, end } = span;
  if (open > close) {
    let i = end;
    while (i < text.length && SPACES.test(text[i]!)) i += 1;
    if (/[»”›]/.test(text[i] ?? '')) end = i + 1;
  } else if (close > open) {
    let i = start - 1;
    while (i >= 0 && SPACES.test(text[i]!)) i -= 1;
    if (/[«“‹]/.test(text[i] ?? '')) start = i;
  }
  return { start, end };
}

function locate(quote: string, source: FoldedText): Grounding {
  const q = foldWithMap(quote).text;
  if (q === '') return { span: null, grounded: false, method: null, score: 0 };
  const exact = findWord(source.text, q);
  if (exact >= 0) {
    return {
      span: toSpan(source, exact, exact + q.length),
      grounded: true,
      method: 'exact',
      score: 1,
    };
  }
  const fuzzy = fuzzyFind(source, q.split(' '));
  if (fuzzy !== null && fuzzy.score >= FUZZY_THRESHOLD) {
    return { span: fuzzy.span, grounded: true, method: 'fuzzy', score: fuzzy.score };
  }
  const elided = groundElided(quote, source);
  if (elided !== null) return elided;
  return { span: null, grounded: false, method: null, score: fuzzy?.score ?? 0 };
}

/** Marks of a cut inside a quote: … ... […] (…) */
const ELISION = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\.)\s*/;

/**
 * A quote the model cut with "…" despite the instructions: grounded when every piece is
 * found, in order; the span runs from the first piece to the last.
 */
function groundElided(quote: string, source: FoldedText): Grounding | null {
  const pieces = quote.split(ELISION).filter((p) => foldWithMap(p).text !== '');
  if (pieces.length < 2) return null;
  let from = 0;
  let first: number | null = null;
  let end = 0;
  for (const piece of pieces) {
    const q = foldWithMap(piece).text;
    const at = findWord(source.text, q, from);
    if (at < 0) return null;
    first ??= at;
    end = at + q.length;
    from = end;
  }
  return { span: toSpan(source, first ?? 0, end), grounded: true, method: 'exact', score: 1 };
}

/** First occurrence of `needle` starting and ending on word boundaries, or -1. */
function findWord(haystack: string, needle: string, start = 0): number {
  let from = start;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return -1;
    const before = at === 0 || haystack[at - 1] === ' ';
    const after = at + needle.length === haystack.length || haystack[at + needle.length] === ' ';
    if (before && after) return at;
    from = at + 1;
  }
}

function toSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: folded.map[start] ?? 0, end: folded.ends[end - 1] ?? folded.map[start] ?? 0 };
}

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const m of folded.matchAll(/[^ ]+/g)) {
    tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

function fuzzyFind(
  source: FoldedText,
  quote: string[],
): { span: { start: number; end: number }; score: number } | null {
  if (quote.length < FUZZY_MIN_TOKENS) return null;
  const tokens = tokenize(source.text);
  if (tokens.length === 0) return null;
  const words = tokens.map((t) => t.word);
  const slack = Math.max(1, Math.floor(quote.length * 0.15));
  let best: { from: number; to: number; score: number } | null = null;
  for (const start of candidateStarts(words, quote)) {
    for (let from = Math.max(0, start - slack); from <= start + slack; from++) {
      for (let len = quote.length - slack; len <= quote.length + slack; len++) {
        const to = Math.min(words.length, from + len);
        if (to <= from) continue;
        const score = similarity(quote, words.slice(from, to));
        if (best === null || score > best.score) best = { from, to, score };
      }
    }
  }
  if (best === null) return null;
  const first = tokens[best.from];
  const last = tokens[best.to - 1];
  if (first === undefined || last === undefined) return null;
  return { span: toSpan(source, first.start, last.end), score: best.score };
}

/** Window starts with the most shared words (multiset overlap), best first. */
function candidateStarts(words: string[], quote: string[]): number[] {
  const want = new Map<string, number>();
  for (const w of quote) want.set(w, (want.get(w) ?? 0) + 1);
  const have = new Map<string, number>();
  const n = Math.min(quote.length, words.length);
  let matched = 0;
  const scored: { start: number; matched: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const add = words[i] ?? '';
    if ((have.get(add) ?? 0) < (want.get(add) ?? 0)) matched++;
    have.set(add, (have.get(add) ?? 0) + 1);
    if (i >= n) {
      const drop = words[i - n] ?? '';
      have.set(drop, (have.get(drop) ?? 0) - 1);
      if ((have.get(drop) ?? 0) < (want.get(drop) ?? 0)) matched--;
    }
    if (i >= n - 1) scored.push({ start: i - n + 1, matched });
  }
  return scored
    .sort((a, b) => b.matched - a.matched || a.start - b.start)
    .slice(0, FUZZY_CANDIDATES)
    .map((s) => s.start);
}

/** 2·LCS / (|a| + |b|) over tokens. */
export function similarity(a: string[], b: string[]): number {
  if (a.length + b.length === 0) return 1;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      row[j] = x === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, row[j - 1] ?? 0);
    }
    prev = row;
  }
  return (2 * (prev[b.length] ?? 0)) / (a.length + b.length);
}

/** Original-text span of the first whole-word, folded occurrence of `needle`, or null. */
export function findFolded(
  folded: FoldedText,
  needle: string,
): { start: number; end: number } | null {
  const q = foldWithMap(needle).text;
  if (q === '') return null;
  const at = findWord(folded.text, q);
  return at < 0 ? null : toSpan(folded, at, at + q.length);
}
