/**
 * Attributed statements before they become claims, and the reported-speech patterns: "selon X,
 * …", "…, selon X.", "pour X, …" (named X only), "X affirme que …", "X dément avoir …",
 * "…, estime le ministre.". Direct quotations are in direct.ts.
 */
import type { Entity, Stance } from '../types.js';
import { occursIn } from './entities.js';
import { phraseAfter, subjectBefore, type Phrase } from './speaker.js';
import { trimSegment, wordCountOf, type Segment } from './text.js';
import { findVerbs, type VerbHit } from './verb-match.js';

/** One attributed statement: who, what (a span of the text), and the cues for its stance. */
export interface Attribution {
  quote: Segment;
  /** The speaker as written; pronouns and bare descriptions are resolved later. */
  speaker: Phrase;
  verbStance: Stance | null;
  attribution: 'verb' | 'according' | 'colon';
  /** Words between the verb and the statement ("n'avoir"), where a denial may hide. */
  bridge: string;
  kind: 'direct' | 'reported';
}

/** A statement span: trimmed of white space, leading colons and trailing full stops. */
function statement(text: string, start: number, end: number): Segment | null {
  const seg = trimSegment({ start, end, text: text.slice(start, end) });
  const lead = /^[:,\s]*/u.exec(seg.text)?.[0].length ?? 0;
  const body = seg.text.slice(lead).replace(/[\s.…;:,]+$/u, '');
  if (wordCountOf(body) < 3) return null;
  return { start: seg.start + lead, end: seg.start + lead + body.length, text: body };
}

const LEAD = /^(?:(?:mais|et|or|donc|ainsi|pourtant|toutefois|en effet|enfin)\s*,?\s*)?/iu;

/** "Selon X, …" / "D'après X, …" at the start, or "…, selon X." at the end. */
function according(text: string, s: Segment): Attribution | null {
  const head = new RegExp(`${LEAD.source}(?:selon|d['’]après)\\s+([^,]{2,80}?)\\s*,`, 'iu').exec(
    s.text,
  );
  if (head !== null) {
    const speaker = phraseAfter(text, s.start + head[0].indexOf(head[1] ?? ''));
    const quote = statement(text, s.start + head[0].length, s.end);
    if (speaker && quote)
      return {
        quote,
        speaker,
        verbStance: null,
        attribution: 'according',
        bridge: '',
        kind: 'reported',
      };
  }
  const tail = /,\s*(?:selon|d['’]après)\s+([^,;]{2,80}?)\s*[.!?…]*$/iu.exec(s.text);
  if (tail === null) return null;
  const speaker = phraseAfter(text, s.start + tail.index + tail[0].indexOf(tail[1] ?? ''));
  const quote = statement(text, s.start, s.start + tail.index);
  return speaker && quote
    ? { quote, speaker, verbStance: null, attribution: 'according', bridge: '', kind: 'reported' }
    : null;
}

/** "Pour Microsoft, …": only with a named person or organisation, "pour" is mostly not attribution. */
function pourNamed(text: string, s: Segment, entities: Entity[]): Attribution | null {
  const m = new RegExp(`${LEAD.source}pour\\s+([^,]{2,50}?)\\s*,`, 'iu').exec(s.text);
  if (m === null || wordCountOf(m[1] ?? '') > 5) return null;
  const named = entities.some(
    (e) =>
      (e.type === 'ORG' || e.type === 'PERSON') && e.mentions.some((f) => occursIn(m[1] ?? '', f)),
  );
  if (!named) return null;
  const start = s.start + m[0].indexOf(m[1] ?? '');
  const speaker = { text: m[1] ?? '', start, end: start + (m[1] ?? '').length };
  const quote = statement(text, s.start + m[0].length, s.end);
  return (
    quote && {
      quote,
      speaker,
      verbStance: null,
      attribution: 'according',
      bridge: '',
      kind: 'reported',
    }
  );
}

/** A noun phrase after an inverted verb starts with a name or one of these determiners. */
const NP_DETERMINER = /^(?:le|la|les|l['’]|un|une|des|son|sa|ses|nos|notre|leur|leurs)\s/iu;

/** Words allowed after the speaker of an inverted verb at the end ("…, estime X dans un communiqué."). */
const MAX_TAIL_WORDS = 5;

/** "…, estime le ministre." / "…, ajoute-t-il.": verb after a comma, speaker ending the sentence. */
function inverted(text: string, s: Segment, hit: VerbHit): Attribution | null {
  if (!/,\s*$/u.test(text.slice(s.start, hit.start))) return null;
  let speaker: Phrase | null = null;
  if (hit.pronoun !== null) speaker = { text: hit.pronoun, start: hit.start, end: hit.end };
  else {
    const np = phraseAfter(text, hit.end + 1);
    const tail = np === null ? '' : text.slice(np.end, s.end);
    const nounPhrase = np !== null && (/^\p{Lu}/u.test(np.text) || NP_DETERMINER.test(np.text));
    if (np !== null && nounPhrase && wordCountOf(tail) <= MAX_TAIL_WORDS) speaker = np;
  }
  const quote = statement(text, s.start, hit.start);
  return speaker && quote
    ? { quote, speaker, verbStance: hit.stance, attribution: 'verb', bridge: '', kind: 'reported' }
    : null;
}

/** "X affirme que …", "X nie avoir …", "X a annoncé la rupture …". */
function verbal(text: string, s: Segment): Attribution | null {
  for (const hit of findVerbs(text, s.start, s.end)) {
    const inv = inverted(text, s, hit);
    if (inv !== null) return inv;
    const speaker = subjectBefore(text, s.start, hit.start);
    if (speaker === null) continue;
    const rest = text.slice(hit.end, s.end);
    const que = /^\s*(?:\p{L}+ment\s+|également\s+|aussi\s+)?(?:que|qu['’]|si)\s*/iu.exec(rest);
    const quote = que
      ? statement(text, hit.end + que[0].length, s.end)
      : statement(text, s.start, s.end);
    if (quote === null || (!que && wordCountOf(rest) < 2 && hit.stance !== 'denies')) continue;
    const bridge = que ? '' : rest;
    return {
      quote,
      speaker,
      verbStance: hit.stance,
      attribution: 'verb',
      bridge,
      kind: 'reported',
    };
  }
  return null;
}

/** The reported statement of one sentence, if it has one. */
export function attributeSentence(
  text: string,
  s: Segment,
  entities: Entity[],
): Attribution | null {
  return according(text, s) ?? pourNamed(text, s, entities) ?? verbal(text, s);
}
