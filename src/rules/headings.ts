/**
 * Headings that repeat their paragraph (issue 11, precision: the same statement twice, from a
 * heading and from the body). News pages title a section or a live-blog item with the statement
 * the paragraph under it then tells ("La Chine appelle à la retenue" over "La Chine a appelé
 * vendredi à la retenue …"); the gold convention annotates the body's occurrence only. A heading
 * whose paragraph tells something else is the only place of its statement and stays.
 */
import type { Claim } from '../types.js';
import { firstEndingAfter, foldedWords, paragraphsOf, type Segment } from './text.js';

/** Longest heading, in words: a title line, not a paragraph. */
const MAX_HEADING_WORDS = 30;
/** How much of the paragraph under a heading is compared with it. */
const BODY_WINDOW = 2000;
/** Share of the heading statement's content words found under it that makes it a repeat. */
const REPEAT_SHARE = 0.5;
/** Fewest content words shared: two common words are no repeat. */
const MIN_SHARED = 2;
/**
 * Leading letters compared: a heading's present and the body's past or plural ("réclame" /
 * "réclamé", "intercepter" / "intercepté", "ukrainien" / "ukrainiens") share their stem.
 */
const STEM = 6;

/**
 * Words that carry no content of their own: auxiliaries, pronouns, conjunctions and prepositions
 * of four letters or more (shorter words are skipped anyway).
 */
const FUNCTION_WORDS = new Set(
  `avoir etre sont etait etaient sera seront avait avaient fait faire elle elles leur leurs
  cette ceux celui celle dans pour avec sans sous vers chez entre apres avant depuis pendant
  contre selon plus moins tres tout tous toute toutes aussi encore deja mais donc comme quand
  dont nous vous`.split(/\s+/u),
);

/** A line that closes no sentence: no full stop, question or exclamation mark at its end. */
function isHeading(p: Segment): boolean {
  const words = p.text.split(/\s+/u).length;
  return words <= MAX_HEADING_WORDS && !/[.!?…][\s»”"’)]*$/u.test(p.text);
}

/** Content stems of a text: words of four letters or more, or numbers, cut to their stem. */
function stems(text: string): string[] {
  return foldedWords(text)
    .filter((w) => (w.length >= 4 && !FUNCTION_WORDS.has(w)) || /^\d+$/u.test(w))
    .map((w) => w.slice(0, STEM));
}

/** Whether a heading's statement is told again in the body paragraph under it. */
function repeated(quote: string, body: string): boolean {
  const own = new Set(stems(quote));
  const under = new Set(stems(body));
  const shared = [...own].filter((s) => under.has(s)).length;
  return shared >= MIN_SHARED && shared >= own.size * REPEAT_SHARE;
}

/** Claims without those of headings that repeat the paragraph under them. */
export function withoutHeadingRepeats(text: string, claims: Claim[]): Claim[] {
  const paragraphs = paragraphsOf(text);
  return claims.filter((c) => {
    const { span } = c;
    if (span === null) return true;
    const i = firstEndingAfter(paragraphs, span.start);
    const p = paragraphs[i];
    const body = paragraphs[i + 1];
    if (p === undefined || body === undefined || p.start > span.start) return true;
    if (span.end > p.end || !isHeading(p) || isHeading(body)) return true;
    return !repeated(c.quote, body.text.slice(0, BODY_WINDOW));
  });
}
