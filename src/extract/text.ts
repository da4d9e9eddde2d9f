import { CREDIT_LINE } from '../strip/patterns-text.js';
import { stripTextComments, toRemoval } from '../strip/text.js';
import type { Removal } from '../types.js';

/**
 * Plain-text dumps (`.txt`, `text/plain`): the first non-empty line is the title when it looks
 * like one (see `looksLikeTitle`: a pasted lead paragraph must not vanish into the title), every
 * other non-empty line is a paragraph (such dumps separate paragraphs by blank lines or by single
 * newlines, inconsistently), then the same comment/footer stripping as HTML.
 *
 * Title echo: dumps copied from a page often repeat the title right after it, sometimes with a
 * short kicker line in between (Next INpact's humorous "surtitre"). The repeat is dropped; the
 * kicker is dropped too, because it is page furniture rather than article text, and it is
 * recorded as a removal so `--explain` shows it. Photo credit lines ("Crédits : AFP"), left
 * when a caption is flattened, are dropped like HTML figure captions.
 */

/** A line between the title and its repeat is a kicker only when this short. */
const MAX_KICKER_CHARS = 100;

/** Plain-text article dump: title, paragraphs, and what was stripped. */
export function extractPlainText(text: string): {
  title: string | null;
  paragraphs: string[];
  removed: Removal[];
} {
  const lines = text
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line !== '');
  const [first, ...rest] = lines;
  if (first === undefined) return { title: null, paragraphs: [], removed: [] };
  // A lone line is the whole text: taking it as the title would leave nothing to analyse.
  const title = rest.length > 0 && looksLikeTitle(first) ? first : null;
  const body = title === null ? lines : rest;

  const echo = title === null ? { paragraphs: body, removed: [] } : dropTitleEcho(title, body);
  const credits = echo.paragraphs.filter((line) => CREDIT_LINE.test(line));
  const stripped = stripTextComments(echo.paragraphs.filter((line) => !CREDIT_LINE.test(line)));
  const creditRemovals = credits.map((line) =>
    toRemoval('text-photo-credit', 'photo credit line left by a flattened caption', [line]),
  );
  return {
    title,
    paragraphs: stripped.kept,
    removed: [...echo.removed, ...creditRemovals, ...stripped.removed],
  };
}

/**
 * Title shape. A headline is short and one phrase: it may end in "?", "!" or "…", hold a colon
 * or quotes, but a full stop at its end, or a sentence end followed by more text, marks prose.
 */
const TITLE_SHAPE = {
  /** Longer than this is a paragraph (French headlines rarely pass 120 characters). */
  maxChars: 160,
  /** A line ending in a single full stop (not "..." nor "etc.") is a sentence, not a headline. */
  finalStop: /(?<![.]|\betc)\.[»"”’)\s]*$/iu,
  /** Sentence end, closing quotes, space, then a capital or an opening quote: a second sentence. */
  sentenceBreak: /([\p{L}\p{N}]*)[.!?…]+[»"”’)]*\s+[«"“(]?\p{Lu}/gu,
  /** Words before a full stop that do not end a sentence: civil titles, initials ("J. Dupont"). */
  abbreviation: /^(?:\p{Lu}|M|Mme|Mmes|Mlle|MM|Dr|Pr|Me|Mgr|St|Ste|Jr|Sr|etc)$/u,
} as const;

/** Whether a first line reads as a headline rather than the start of the text. */
function looksLikeTitle(line: string): boolean {
  if (line.length > TITLE_SHAPE.maxChars || TITLE_SHAPE.finalStop.test(line)) return false;
  for (const match of line.matchAll(TITLE_SHAPE.sentenceBreak)) {
    const word = match[1] ?? '';
    const isStop = match[0].charAt(word.length) === '.';
    if (!(isStop && TITLE_SHAPE.abbreviation.test(word))) return false;
  }
  return true;
}

/** Removes a repeated title (and a short kicker just before it) from the top of the body. */
function dropTitleEcho(
  title: string,
  lines: string[],
): { paragraphs: string[]; removed: Removal[] } {
  const key = normalise(title);
  const [first, second] = lines;
  if (first !== undefined && normalise(first) === key) {
    return {
      paragraphs: lines.slice(1),
      removed: [toRemoval('text-title-duplicate', 'title repeated as the first line', [first])],
    };
  }
  if (
    first !== undefined &&
    second !== undefined &&
    first.length <= MAX_KICKER_CHARS &&
    normalise(second) === key
  ) {
    return {
      paragraphs: lines.slice(2),
      removed: [
        toRemoval('text-title-kicker', 'short kicker line between the title and its repeat', [
          first,
        ]),
        toRemoval('text-title-duplicate', 'title repeated after its kicker', [second]),
      ],
    };
  }
  return { paragraphs: lines, removed: [] };
}

function normalise(line: string): string {
  return line
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
}
