/**
 * Incises inside a quotation: "« A, affirme-t-elle. B »", "“A, rappelle X, professeure … . B”",
 * "« A – observe-t-il dans un livre : … . B »". The reporting verb and its speaker interrupt the
 * quoted words; the part before and the part after are both the speaker's statements.
 */
import type { Attribution } from './attribution.js';
import type { Quotation } from './quotes.js';
import { phraseAfter, type Phrase } from './speaker.js';
import { trimSegment, wordCountOf, type Segment } from './text.js';
import { verbAt } from './verb-match.js';

/** Where an incise may start inside a quotation: a comma or a dash, then the verb. */
const INCISE_START = /(?:,|\s[–—-])[\s\u00a0\u202f]*/gu;
/** The incise ends at the end of its sentence: the next full stop, question or exclamation mark. */
const INCISE_END = /[.!?…](?=[\s\u00a0\u202f]|$)/u;
/** An incise is a few words: longer, it is not an incise. */
const MAX_INCISE_CHARS = 160;
/** A part shorter than this is a fragment, not a statement. */
const MIN_PART_WORDS = 3;

function part(text: string, start: number, end: number): Segment | null {
  const seg = trimSegment({ start, end, text: text.slice(start, end) });
  return wordCountOf(seg.text) >= MIN_PART_WORDS ? seg : null;
}

/** The speaker of the incise starting at `pos`, with where the incise ends; null if none. */
function inciseAt(
  text: string,
  pos: number,
  limit: number,
): { speaker: Phrase; end: number; stance: Attribution['verbStance'] } | null {
  const hit = verbAt(text, pos);
  if (hit === null) return null;
  const speaker =
    hit.pronoun !== null
      ? { text: hit.pronoun, start: hit.start, end: hit.end }
      : phraseAfter(text, hit.end + 1);
  if (speaker === null) return null;
  const rest = text.slice(speaker.end, Math.min(limit, speaker.end + MAX_INCISE_CHARS));
  const stop = INCISE_END.exec(rest);
  const end = stop === null ? -1 : speaker.end + stop.index + 1;
  if (end < 0 && limit - speaker.end > MAX_INCISE_CHARS) return null;
  return { speaker, end: end < 0 ? limit : end, stance: hit.stance };
}

/** The statements of a quotation split by an incise, or null when it has none. */
export function splitByIncise(text: string, q: Quotation): Attribution[] | null {
  const { start, end } = q.inner;
  INCISE_START.lastIndex = 0;
  const inner = text.slice(start, end);
  for (let m = INCISE_START.exec(inner); m !== null; m = INCISE_START.exec(inner)) {
    const at = start + m.index;
    const incise = inciseAt(text, at + m[0].length, end);
    if (incise === null) continue;
    const first = part(text, start, at);
    if (first === null) continue;
    const second = incise.end < end ? part(text, incise.end, end) : null;
    const base = {
      speaker: incise.speaker,
      verbStance: incise.stance,
      attribution: 'verb' as const,
      bridge: '',
      kind: 'direct' as const,
    };
    return [first, second]
      .filter((s): s is Segment => s !== null)
      .map((quote) => ({ ...base, quote }));
  }
  return null;
}
