/**
 * Embedded tweets as pages render them without their markup: the tweet's text, then its
 * signature line "— Name (@handle) Month D, YYYY". The text is a statement of the named account;
 * its first sentence, without a leading label of emoji and hashtags, is the claim.
 */
import type { Attribution } from './attribution.js';
import { paragraphsOf, trimSegment, wordCountOf, type Segment } from './text.js';

/** "— Elon Musk (@elonmusk) March 16, 2020" (any dash, any language's month name and order). */
const SIGNATURE =
  /^[—–-]\s*([^()@\n]{2,80}?)\s*\(@\w{1,30}\)\s*(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\.?\s+\d{4})\s*$/u;
/** Links and picture links ending a tweet: not part of what was said. */
const TRAILING_LINKS = /(?:\s*(?:https?:\/\/\S+|pic\.twitter\.com\/\S+))+\s*$/u;

/**
 * A label opening a tweet: emoji and hashtags closed by a bar or a colon ("⚠️ #COVID19 | "), or
 * emoji alone. It tags the statement and is not part of it.
 */
const LABEL =
  /^(?:(?:[\p{Extended_Pictographic}\uFE0F\u200D]+|#[\p{L}\p{N}_]+)\s*)+(?:[|:]\s*)|^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u;
/**
 * Where a tweet's statement ends: its first sentence. What follows is thanks, advice or links
 * around it ("The FDA has moved mountains - Thank You!", "En cas de fièvre, prenez …").
 */
const FIRST_SENTENCE_END = /[.!?…]+(?=\s+[\p{Lu}«"“])/u;

/** The tweet's statement in a paragraph; null when too short to state anything. */
function tweetText(p: Segment): Segment | null {
  const body = p.text.replace(TRAILING_LINKS, '');
  const lead = LABEL.exec(body)?.[0].length ?? 0;
  const stop = FIRST_SENTENCE_END.exec(body.slice(lead));
  const end = stop === null ? body.length : lead + stop.index + stop[0].length;
  const seg = trimSegment({
    start: p.start + lead,
    end: p.start + end,
    text: body.slice(lead, end),
  });
  return wordCountOf(seg.text) >= 3 ? seg : null;
}

/** One attribution per embedded tweet: the paragraph before a signature line, by its author. */
export function tweetAttributions(text: string): Attribution[] {
  const paragraphs = paragraphsOf(text);
  const out: Attribution[] = [];
  paragraphs.forEach((p, i) => {
    const m = SIGNATURE.exec(p.text);
    const previous = paragraphs[i - 1];
    const name = m?.[1];
    if (m === null || name === undefined || previous === undefined) return;
    const quote = tweetText(previous);
    if (quote === null) return;
    const start = p.start + m[0].indexOf(name);
    out.push({
      quote,
      speaker: { text: name, start, end: start + name.length },
      verbStance: null,
      attribution: 'colon',
      bridge: '',
      kind: 'direct',
    });
  });
  return out;
}
